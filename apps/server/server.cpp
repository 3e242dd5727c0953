#include "server.hpp"

#include <pthread.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>
#include <set>
#include <sstream>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "connection_threads.hpp"
#include "openapi.hpp"
#include "response_cache.hpp"
#include "routes.hpp"
#include "static_files.hpp"

namespace fardeau::server {
namespace {
using json = nlohmann::ordered_json;
constexpr const char* kJson = "application/json";
constexpr const char* kCsv = "text/csv; charset=utf-8";
constexpr std::size_t kMaxParamValueBytes = 1024;

/// A body httplib sends as it is: it compresses set_content bodies of text and JSON types
/// with brotli at quality 11 whenever the client accepts br (Chromium does), which cost
/// 180 ms for the 11 kB /api/v1/report against 0.8 ms sent plain (measured); a provider of
/// known length is never compressed. API answers go plain; static files are compressed at
/// build time.
void send_uncompressed(httplib::Response& res, std::shared_ptr<const std::string> body,
                       const std::string& type) {
  const auto size = body->size();
  res.set_content_provider(
      size, type, [body = std::move(body)](size_t offset, size_t length, httplib::DataSink& sink) {
        return sink.write(body->data() + offset, length);
      });
}
void send_uncompressed(httplib::Response& res, std::string body, const std::string& type) {
  send_uncompressed(res, std::make_shared<const std::string>(std::move(body)), type);
}

/// The error body every failure has: {"error": {"code", "message", "parameter"}}.
void send_error(httplib::Response& res, int status, const std::string& code,
                const std::string& message, const std::string& parameter = {}) {
  res.status = status;
  json body{{"error", {{"code", code}, {"message", message}, {"parameter", parameter}}}};
  // Parameters may hold any bytes: invalid UTF-8 is replaced, not thrown on.
  send_uncompressed(res, body.dump(-1, ' ', false, json::error_handler_t::replace) + "\n", kJson);
}

/// The query parameter an error names ("year", "min_change"); another located error (a
/// claim's column) names its place as printed.
std::string parameter_name(const Location& where) {
  return where.is(Location::Kind::parameter) ? where.parameter : where.text();
}

/// A located error is a bad parameter (400); an unlocated not_found is an unknown
/// resource (404); a passed budget is 413; internal errors are 500. A year or ally outside
/// the edition (out_of_coverage) is a bad parameter: 400.
int status_for(const Error& e) {
  if (e.code == ErrorCode::internal || e.code == ErrorCode::io_error) return 500;
  if (e.code == ErrorCode::limit_exceeded) return 413;
  if (e.code == ErrorCode::interrupted) return 503;
  if (e.code == ErrorCode::not_found && e.where.is(Location::Kind::none)) return 404;
  return 400;
}

/// `message` in the request's language: French when lang=fr and the error has a French text.
/// Errors found before `lang` is read (unknown parameter...) are sent in English.
void send_error(httplib::Response& res, const Error& e, render::Lang lang = render::Lang::en) {
  send_error(res, status_for(e), to_string(e.code), e.message_in(lang == render::Lang::fr),
             parameter_name(e.where));
}

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

/// Query string -> Params, checking names against the route's (400 lists the valid ones).
Result<service::Params> route_params(const Route& route, const httplib::Request& req) {
  std::vector<std::string> valid;
  for (const auto& p : route.params) valid.push_back(p.name);
  for (const auto& p : common_params()) valid.push_back(p.name);
  service::Params out;
  for (const auto& [name, value] : req.params) {
    if (std::find(valid.begin(), valid.end(), name) == valid.end())
      return make_error(ErrorCode::invalid_argument,
                        "unknown parameter '" + name.substr(0, 64) + "'; valid: " +
                            (valid.empty() ? std::string("none") : join_names(valid)),
                        at_parameter(name.substr(0, 64)));
    if (value.size() > kMaxParamValueBytes)
      return make_error(ErrorCode::invalid_argument,
                        "value longer than " + std::to_string(kMaxParamValueBytes) + " bytes",
                        at_parameter(name));
    if (!out.emplace(name, value).second)
      return make_error(ErrorCode::invalid_argument, "given more than once", at_parameter(name));
  }
  for (const auto& p : route.params)
    if (p.required && out.find(p.name) == out.end())
      return make_error(ErrorCode::invalid_argument, "missing required parameter",
                        at_parameter(p.name));
  if (route.method == "POST") out["body"] = req.body;
  return out;
}

std::string cache_key(const Route& route, const service::Params& params) {
  std::string key = route.name;
  for (const auto& [k, v] : params) {
    key += '\n';
    key += k;
    key += '=';
    key += v;
  }
  return key;
}

std::optional<std::string> read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// One of the server's few slots for heavy requests (Route::heavy), waited for up to
/// ServeOptions::simulation_wait_s and given back on scope exit. A cap on the process, not per
/// client: 16 clients asking for 100,000-path simulations would otherwise run 64 threads.
class HeavySlot {
 public:
  using Semaphore = std::counting_semaphore<256>;
  HeavySlot(Semaphore& slots, int capacity, int wait_s) : slots_(slots) {
    held_ = capacity > 0 && slots_.try_acquire_for(std::chrono::seconds(wait_s));
  }
  ~HeavySlot() {
    if (held_) slots_.release();
  }
  HeavySlot(const HeavySlot&) = delete;
  HeavySlot& operator=(const HeavySlot&) = delete;
  bool held() const { return held_; }

 private:
  Semaphore& slots_;
  bool held_ = false;
};

class Server {
 public:
  Server(const service::Engine& engine, const ServeOptions& o)
      : engine_(engine), opts_(o), heavy_slots_(std::clamp(o.max_simulations, 0, 256)) {
    if (!o.web_root.empty()) web_root_ = canonical_web_root(o.web_root);
    openapi_ = std::make_shared<const std::string>(openapi_json(api_routes(), o.version));
  }

  void install(httplib::Server& svr) {
    const int threads = opts_.threads > 0 ? opts_.threads : ServeOptions{}.threads;
    svr.new_task_queue = [threads] { return new ConnectionThreads(static_cast<size_t>(threads)); };
    svr.set_payload_max_length(opts_.max_body_bytes);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm
    // and delayed ACKs cost ~40 ms per kept-alive request (measured: 173 req/s).
    svr.set_tcp_nodelay(true);
    svr.set_read_timeout(5, 0);
    svr.set_write_timeout(5, 0);
    svr.set_keep_alive_timeout(5);
    svr.set_keep_alive_max_count(1000);
    if (opts_.log)
      svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::fprintf(stderr, "%s %s %d %zu\n", req.method.c_str(), req.path.substr(0, 200).c_str(),
                     res.status, res.body.size());
      });

    svr.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("{\"status\":\"ok\"}\n", kJson);
    });
    svr.Get("/api/v1/openapi.json", [this](const httplib::Request&, httplib::Response& res) {
      send_uncompressed(res, openapi_, kJson);
    });
    for (const auto& route : api_routes()) {
      auto handler = [this, &route](const httplib::Request& req, httplib::Response& res) {
        handle_api(route, req, res);
      };
      const std::string path = "/api/v1/" + route.name;
      if (route.method == "POST")
        svr.Post(path, handler);
      else
        svr.Get(path, handler);
    }
    svr.Get("/api/.*", [](const httplib::Request& req, httplib::Response& res) {
      // A POST-only endpoint (extract, check-article) asked with GET: 405, as other methods.
      for (const auto& r : api_routes())
        if (req.path == "/api/v1/" + r.name) {
          res.set_header("Allow", r.method);
          return send_error(res, 405, "method_not_allowed",
                            req.method + " is not allowed here; use " + r.method);
        }
      send_error(res, 404, "not_found",
                 "no endpoint " + req.path.substr(0, 200) + "; see /api/v1/openapi.json");
    });
    svr.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      handle_static(req, res);
    });
    auto wrong_method = [](const httplib::Request& req, httplib::Response& res) {
      for (const auto& r : api_routes())
        if (req.path == "/api/v1/" + r.name) {
          res.set_header("Allow", r.method);
          return send_error(res, 405, "method_not_allowed",
                            req.method + " is not allowed here; use " + r.method);
        }
      res.set_header("Allow", "GET, HEAD");
      send_error(res, 405, "method_not_allowed",
                 req.method + " is not allowed here; the API is read-only: use GET");
    };
    svr.Post(".*", wrong_method);
    svr.Put(".*", wrong_method);
    svr.Patch(".*", wrong_method);
    svr.Delete(".*", wrong_method);
    svr.Options(".*", wrong_method);

    // Errors httplib raises itself (400 bad request line, 413, 414, unknown paths) get the
    // same JSON body as ours. An over-long request line (httplib's 414) answers 413, as a
    // too-large body does: one status for "request too large" (docs/api.md); httplib calls
    // this before it writes the status line, so the status can still change.
    const std::string max_body = std::to_string(opts_.max_body_bytes / 1024) + " KiB";
    svr.set_error_handler([max_body](const httplib::Request&, httplib::Response& res) {
      // httplib calls this for every status >= 400: ours already carry a typed body.
      if (!res.body.empty() || res.has_header("Content-Type")) return;
      if (res.status == 414)
        return send_error(res, 413, "payload_too_large",
                          "request line too long (8 KiB at most): send fewer or shorter "
                          "parameters, or POST the claim to /api/v1/check");
      if (res.status == 413)
        return send_error(res, 413, "payload_too_large",
                          "request body too large (" + max_body + " at most)");
      if (res.status == 404) return send_error(res, 404, "not_found", "not found");
      send_error(res, res.status, "bad_request", "malformed request");
    });
    // A declared body far over the limit (16 times) is refused from its Content-Length,
    // before it is read: httplib would read (and discard) all of it first, so a client
    // sending 10 MB slowly would hold its thread. The connection is closed after the
    // answer, the body unread. Bodies a little over the limit are still read and discarded
    // by httplib, so that clients that send the whole body before reading (httplib's own)
    // get their 413 at once too.
    const std::size_t refuse_unread_over = 16 * opts_.max_body_bytes;
    svr.set_pre_routing_handler(
        [max_body, refuse_unread_over](const httplib::Request& req, httplib::Response& res) {
          const std::string declared = req.get_header_value("Content-Length");
          if (declared.empty() || declared.size() > 19 ||
              declared.find_first_not_of("0123456789") != std::string::npos ||
              std::stoull(declared) <= refuse_unread_over)
            return httplib::Server::HandlerResponse::Unhandled;
          res.set_header("Connection", "close");
          send_error(res, 413, "payload_too_large",
                     "request body too large (" + max_body + " at most)");
          return httplib::Server::HandlerResponse::Handled;
        });
    svr.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, const std::exception_ptr&) {
          send_error(res, 500, "internal", "internal error");
        });
  }

 private:
  void handle_api(const Route& route, const httplib::Request& req, httplib::Response& res) {
    auto params = route_params(route, req);
    if (!params) return send_error(res, params.error());
    // format=csv (routes.hpp): a successful answer is the CLI's CSV; errors stay JSON.
    const char* type = params->count("format") && params->at("format") == "csv" ? kCsv : kJson;
    const std::string key = cache_key(route, *params);
    if (auto hit = cache_.get(key)) {
      send_uncompressed(res, hit, type);
      return;
    }
    auto lang = render::parse_lang(params->count("lang") ? params->at("lang") : "en");
    if (!lang) return send_error(res, lang.error());
    std::optional<HeavySlot> slot;
    if (route.heavy) {
      if (route.check_first)
        if (auto st = route.check_first(*params); !st) return send_error(res, st.error(), *lang);
      slot.emplace(heavy_slots_, opts_.max_simulations, opts_.simulation_wait_s);
      if (!slot->held()) return send_busy(res, route);
      // The same query may have finished while this one waited for its slot.
      if (auto hit = cache_.get(key)) {
        send_uncompressed(res, hit, type);
        return;
      }
    }
    auto body = route.handler(engine_, *params, *lang);
    if (!body) return send_error(res, body.error(), *lang);
    auto shared = std::make_shared<const std::string>(std::move(*body));
    send_uncompressed(res, shared, type);
    cache_.put(key, std::move(shared));
  }

  /// 503 with Retry-After: the request was fine, the server is busy (or has simulate off).
  void send_busy(httplib::Response& res, const Route& route) const {
    if (opts_.max_simulations <= 0)
      return send_error(res, 503, "unavailable",
                        route.name +
                            " is turned off on this server (--max-simulations 0); "
                            "run it with fardeau " +
                            route.name + " on the command line");
    res.set_header("Retry-After", "1");
    send_error(res, 503, "busy",
               std::to_string(opts_.max_simulations) + " " + route.name +
                   " request(s) already running, none finished within " +
                   std::to_string(opts_.simulation_wait_s) +
                   " s (the server's limits, --max-simulations and --simulation-wait); retry in "
                   "a moment");
  }

  void handle_static(const httplib::Request& req, httplib::Response& res) {
    if (!web_root_)
      return send_error(res, 404, "not_found",
                        "no dashboard: build it (npm run build in web/) or pass --web-root");
    auto file = resolve_static(*web_root_, req.path);
    if (!file) return send_error(res, 404, "not_found", "no such file");
    // A variant compressed at build time (web/build.mjs writes app.js.br and app.js.gz),
    // when the client takes it: httplib would otherwise brotli the file at quality 11 for
    // every request, 3 s for the 780 kB bundle (measured).
    std::optional<std::string> content;
    res.set_header("Vary", "Accept-Encoding");
    if (req.path.back() != '/') {
      const auto& accept = req.get_header_value("Accept-Encoding");
      for (const auto& [coding, ext] : {std::pair{"br", ".br"}, std::pair{"gzip", ".gz"}}) {
        if (!accepts_encoding(accept, coding)) continue;
        auto packed = resolve_static(*web_root_, req.path + ext);
        if (!packed || !(content = read_file(packed->path))) continue;
        res.set_header("Content-Encoding", coding);
        break;
      }
    }
    if (!content) content = read_file(file->path);
    if (!content) return send_error(res, 404, "not_found", "no such file");
    res.set_header("X-Content-Type-Options", "nosniff");
    send_uncompressed(res, std::move(*content), file->content_type);
  }

  const service::Engine& engine_;
  ServeOptions opts_;
  std::optional<std::filesystem::path> web_root_;
  std::shared_ptr<const std::string> openapi_;  ///< built once, shared by every answer
  ResponseCache cache_;
  HeavySlot::Semaphore heavy_slots_;
};

}  // namespace

int serve(const service::Engine& engine, const ServeOptions& options,
          const std::function<void(int port)>& on_listening) {
  // Stop on SIGINT/SIGTERM: block them here (the pool's threads inherit the mask) and
  // wait for them on one thread that stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  // A connection is a file descriptor: let the server use as many as the hard limit allows
  // (the default soft limit, 1024 on Debian, is below what --threads may ask for).
  if (rlimit nofile{};
      getrlimit(RLIMIT_NOFILE, &nofile) == 0 && nofile.rlim_cur < nofile.rlim_max) {
    nofile.rlim_cur = nofile.rlim_max;
    setrlimit(RLIMIT_NOFILE, &nofile);
  }

  Server app(engine, options);
  httplib::Server svr;
  app.install(svr);
  // Debian's httplib listens with a backlog of 5 (compiled in): a burst of connections
  // overflows it and waits for SYN retries (1 s, 3 s, ...). The listening socket passes
  // through the socket-options hook before bind; listen() again after bind enlarges it.
  int listening_fd = -1;
  svr.set_socket_options([&listening_fd](socket_t sock) {
    httplib::default_socket_options(sock);
    listening_fd = sock;
  });

  int port = options.port;
  if (port == 0)
    port = svr.bind_to_any_port(options.host);
  else if (!svr.bind_to_port(options.host, port))
    port = -1;
  if (port <= 0) {
    std::fprintf(stderr, "fardeau: error: --port: cannot listen on %s:%d\n", options.host.c_str(),
                 options.port);
    return 2;
  }
  if (listening_fd >= 0) ::listen(listening_fd, SOMAXCONN);
  std::thread stopper([&svr, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    svr.stop();
  });
  if (on_listening) on_listening(port);
  svr.listen_after_bind();
  // Wakes the stopper if listening ended otherwise. SIGTERM is blocked in every thread and
  // the stopper waits for it in sigwait: a wake-up, not a kill.
  pthread_kill(stopper.native_handle(), SIGTERM);  // NOLINT(bugprone-bad-signal-to-kill-thread)
  stopper.join();
  return 0;
}

}  // namespace fardeau::server
