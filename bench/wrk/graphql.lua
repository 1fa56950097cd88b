-- POSTs one GraphQL request (the JSON body in the file named by $BODY) and counts the answers that
-- are not results: a status other than 200, or a 200 whose body carries "errors".
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

-- FORWARDED_FOR_POOL=N: each request says it comes from one of N clients (198.51.100.1..N, a
-- documentation range, as a header's value only), for a server that trusts X-Forwarded-For; so a
-- rate limit per client sees many clients, as it would in front of the public.
local pool = tonumber(os.getenv("FORWARDED_FOR_POOL") or "")
if pool then
  local sent = 0
  function request()
    sent = sent + 1
    wrk.headers["X-Forwarded-For"] = "198.51.100." .. (sent % pool + 1)
    return wrk.format()
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  non_200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
  elseif string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local e, n = 0, 0
  for _, thread in ipairs(threads) do
    e = e + thread:get("errors")
    n = n + thread:get("non_200")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('RESULT {"requests": %d, "duration_us": %d, "errors": %d, "non_200": %d, "socket_errors": %d, '
    .. '"p50_us": %d, "p90_us": %d, "p99_us": %d}\n', summary.requests, summary.duration, e, n, socket,
    latency:percentile(50), latency:percentile(90), latency:percentile(99)))
end
