// `fardeau serve`: the JSON API (routes.hpp) and the dashboard's static files over
// cpp-httplib, from a thread pool, with an in-memory response cache. Read-only.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "service/engine.hpp"

namespace fardeau::server {

struct ServeOptions {
  std::string host = "127.0.0.1";  ///< loopback unless told otherwise
  int port = 8080;                 ///< 0: any free port (reported through on_listening)
  std::string web_root;            ///< the dashboard's built files; empty: API only
  /// Connections served at once, a thread each, started as connections need them (see
  /// connection_threads.hpp); more wait for a free thread.
  int threads = 512;
  std::size_t max_body_bytes = std::size_t{64} * 1024;  ///< larger request bodies get 413
  bool log = true;                                      ///< one line per request on stderr
  /// Simulations running at once, whatever the number of clients (each takes up to
  /// kServerMaxThreads threads); more wait up to simulation_wait_s, then get 503.
  /// 0 turns simulate off (503 at once).
  int max_simulations = 2;
  int simulation_wait_s = 10;
  std::string version = "0";
};

/// Serve until SIGINT or SIGTERM. `on_listening(port)` runs once the socket is bound.
/// Returns 0 after a clean stop, 2 when the address cannot be bound.
int serve(const service::Engine& engine, const ServeOptions& options,
          const std::function<void(int port)>& on_listening);

}  // namespace fardeau::server
