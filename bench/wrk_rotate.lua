-- wrk script for bench/pages.py: rotates over many requests (distinct signed-in members, every
-- lesson, many cohorts, writes mixed in) read from the file named in WRK_REQUESTS, one a line:
-- method <tab> path <tab> cookie <tab> form body (cookie and body may be empty). Each wrk
-- thread starts at a random line. The summary is printed as one JSON line for the Python side.
local requests = {}
local index = 0

init = function(args)
  for line in io.lines(os.getenv("WRK_REQUESTS")) do
    local method, path, cookie, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    if method then
      table.insert(requests, {method = method, path = path, cookie = cookie, body = body})
    end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  index = math.random(#requests)
end

request = function()
  index = index % #requests + 1
  local r = requests[index]
  local headers = {}
  headers["X-Bench-Client"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  if r.cookie ~= "" then headers["Cookie"] = r.cookie end
  local body = nil
  if r.method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    body = r.body
  end
  return wrk.format(r.method, r.path, headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "non2xx": %d, "errors": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
