-- wrk script: POSTs one signed GitHub payload with a fresh X-GitHub-Delivery per request (so
-- none is de-duplicated). PAYLOAD is the file, SIGNATURE its precomputed X-Hub-Signature-256,
-- DELAY_MS an optional pause per connection between requests (to hold a fixed rate).
local body = io.open(os.getenv("PAYLOAD"), "rb"):read("*a")
local signature = os.getenv("SIGNATURE")
local pause = tonumber(os.getenv("DELAY_MS") or "0")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  counter = 0
  math.randomseed(os.time() + tid * 7919)
  run = math.random(1, 1000000000)
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-GitHub-Event"] = "issues",
    ["X-GitHub-Delivery"] = string.format("bench-%d-%d-%d", run, tid, counter),
    ["X-Hub-Signature-256"] = signature,
  }
  return wrk.format("POST", "/api/github/webhook", headers, body)
end

function delay()
  return pause
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors(status)=%d p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms rps=%.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
