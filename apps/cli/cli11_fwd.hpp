// CLI11's classes by name only, for the headers every command file includes. Start-up (issue
// 16): each file that includes <CLI/CLI.hpp> builds CLI11's eight validator objects
// (ExistingFile, Number, PositiveNumber, ...) at every start and destroys them at exit, about
// 0.09 ms of CPU for 24 files; so only the files that call CLI11 include it.
#pragma once

namespace CLI {
class App;
class Option;
}  // namespace CLI
