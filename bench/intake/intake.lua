-- wrk script for the intake benchmark: every request registers a new complaint through POST /api/complaints.
-- Arguments (after "--"): bearer token, run id, comma-separated active category ids.
-- Each request carries its own Idempotency-Key (run id, thread, counter), so the API takes its full path:
-- claim the key, issue a number, insert complaint and timeline, complete the key.
-- done() writes the summary as JSON to the file named by BENCH_WRK_OUT (when set).

local threads = {}

function setup(thread)
  thread:set("thread_no", #threads + 1)
  table.insert(threads, thread)
end

local token, run_id
local categories = {}
local counter = 0

local surnames = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭" }
local given = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超" }
local channels = { "Counter", "Phone", "Phone", "Website", "MobileApp", "MobileApp", "Email", "Letter", "Regulator" }
local priorities = { "Low", "Normal", "Normal", "Normal", "High", "Urgent" }
local descriptions = {
  "客户反映信用卡年费在未告知的情况下被重复扣收两次，共计%d元，多次致电客服未获处理，要求尽快核实并退还。",
  "客户称在网点办理业务时排队超过%d分钟，柜员态度冷淡且未解释原因，对服务质量表示强烈不满。",
  "客户手机银行转账%d元显示成功但收款方未到账，已过两个工作日，担心资金安全，要求查明原因。",
  "客户申请的房贷审批已超过%d天仍无进展，客户经理多次承诺回电均未兑现，客户要求给出明确答复。",
  "客户收到短信通知账户被收取小额账户管理费%d元，认为开户时未被告知该项收费，要求退费并说明依据。",
  "客户新办信用卡寄送地址错误，卡片被他人签收，已过去%d天仍未补寄，客户担心信息泄露要求处理。",
  "客户在自助设备存款%d元时机器吞钞，现场无人处理，客户要求尽快核实长款并退还款项。",
}
local outcomes = { "退还相关费用并书面道歉", "尽快核实并给出书面答复", "追回款项并说明原因", "更换经办人员并改进服务", "" }

local function split(s, sep)
  local out = {}
  for part in string.gmatch(s or "", "[^" .. sep .. "]+") do table.insert(out, part) end
  return out
end

local function pick(list) return list[math.random(#list)] end

function init(args)
  token = args[1] or error("usage: wrk ... -s intake.lua URL -- TOKEN RUN_ID CATEGORY_IDS")
  run_id = args[2] or tostring(os.time())
  categories = split(args[3], ",")
  math.randomseed(os.time() * 1000 + (thread_no or 0))
end

local function json_string(s)
  if s == nil or s == "" then return "null" end
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

local function national_id()
  local digits = {}
  for i = 1, 17 do digits[i] = tostring(math.random(0, 9)) end
  local last = math.random(0, 10)
  return "110" .. table.concat(digits, "", 4, 17) .. (last == 10 and "X" or tostring(last))
end

function request()
  counter = counter + 1
  local name = pick(surnames) .. pick(given)
  local phone = "13" .. tostring(math.random(0, 9)) .. string.format("%08d", math.random(0, 99999999))
  local email = (math.random(3) == 1) and string.format("customer%d@example.com", math.random(1, 999999)) or nil
  local id_no = (math.random(2) == 1) and national_id() or nil
  local category = (#categories > 0 and math.random(5) > 1) and pick(categories) or nil
  local body = string.format(
    '{"customer":{"name":%s,"phone":%s,"email":%s,"nationalId":%s,"customerReference":%s},' ..
    '"channel":"%s","categoryId":%s,"priority":"%s","description":%s,"desiredOutcome":%s}',
    json_string(name), json_string(phone), json_string(email), json_string(id_no),
    json_string(string.format("CR%010d", math.random(1, 2000000000))),
    pick(channels), category or "null", pick(priorities),
    json_string(string.format(pick(descriptions), math.random(2, 900))), json_string(pick(outcomes)))
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run_id, thread_no or 0, counter),
  }
  return wrk.format("POST", "/api/complaints", headers, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local non_2xx_or_failed = e.connect + e.read + e.write + e.status + e.timeout
  local out = string.format(
    '{"requests":%d,"duration_s":%.3f,"requests_per_s":%.1f,"successful_per_s":%.1f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_ms":{"mean":%.2f,"stdev":%.2f,"max":%.2f,"p50":%.2f,"p90":%.2f,"p99":%.2f,"p999":%.2f}}',
    summary.requests, seconds, summary.requests / seconds, (summary.requests - non_2xx_or_failed) / seconds,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean / 1000, latency.stdev / 1000, latency.max / 1000,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000)
  io.write("wrk summary: " .. out .. "\n")
  local path = os.getenv("BENCH_WRK_OUT")
  if path and path ~= "" then
    local f = assert(io.open(path, "w"))
    f:write(out .. "\n")
    f:close()
  end
end
