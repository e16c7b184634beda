-- Shared by the wrk scripts: per-thread random seeds, tokens of many users, one machine-readable
-- RESULT line (latency percentiles in ms; errors = non-2xx/3xx responses + socket errors).
local M = {}
local threads = {}

M.movies = tonumber(os.getenv("BENCH_MOVIES") or "100000")

function M.setup(thread)
  thread:set("thread_no", #threads + 1)
  table.insert(threads, thread)
end

function M.init()
  math.randomseed(os.time() * 1000 + (thread_no or 0) * 7919)
end

function M.load_tokens()
  local tokens = {}
  local file = assert(io.open(assert(os.getenv("BENCH_TOKENS"), "BENCH_TOKENS not set"), "r"))
  for line in file:lines() do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  file:close()
  assert(#tokens > 0, "no tokens")
  return tokens
end

function M.done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status + e.connect + e.read + e.write + e.timeout, e.status,
    e.connect + e.read + e.write + e.timeout))
end

return M
