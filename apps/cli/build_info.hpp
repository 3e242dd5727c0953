// Facts about this build, written at build time (cmake/FardeauBuildInfo.cmake).
#pragma once

namespace fardeau::cli {

/// The git commit the binary was built from ("1a2b3c4d5e6f", "-dirty" appended when the
/// tracked files differed from it), or "unknown" when built outside a git checkout.
extern const char* const kGitCommit;

}  // namespace fardeau::cli
