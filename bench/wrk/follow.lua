-- PUT or DELETE /api/users/{handle}/follow: a random signed-in user follows or unfollows (half each)
-- a random one of the users in BENCH_HANDLES (users without a token, so never oneself).
package.path = (os.getenv("BENCH_WRK_DIR") or ".") .. "/?.lua;" .. package.path
local c = require("common")
local tokens, handles
setup = c.setup
init = function(args)
  c.init(); tokens = c.load_tokens()
  handles = {}
  local path = assert(os.getenv("BENCH_HANDLES"), "BENCH_HANDLES not set")
  for line in io.lines(path) do
    if #line > 0 then handles[#handles + 1] = line end
  end
end
request = function()
  local method = math.random(2) == 1 and "PUT" or "DELETE"
  return wrk.format(method, "/api/users/" .. handles[math.random(#handles)] .. "/follow", {
    Authorization = "Bearer " .. tokens[math.random(#tokens)] })
end
done = c.done
