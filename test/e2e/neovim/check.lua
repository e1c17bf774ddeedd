-- Drives Neovim (0.7+) as an LSP client of the Grounded language server over stdio, headless:
--   nvim --headless --clean -n -i NONE -c 'luafile test/e2e/neovim/check.lua' DRAFT
-- with GROUNDED_E2E_SERVER (dist/server.js), GROUNDED_E2E_ROOT (the workspace folder) and GROUNDED_E2E_LINE /
-- GROUNDED_E2E_CHARACTER (0-based position of the wrong duration, for hover and quick fix) in the environment.
-- Prints one JSON object per line on stdout: {"type":"diagnostic",...} per diagnostic, {"type":"hover",...},
-- {"type":"codeAction",...}, {"type":"fixed",...}, {"type":"afterFix",...}; then {"type":"done"} and exits 0,
-- or {"type":"error","message":...} and exits 1. test/e2e/neovim.e2e.ts reads and asserts them.
-- Uses vim.lsp.start_client + buf_attach_client (Neovim 0.7 has no vim.lsp.start).

local function emit(tbl)
  io.stdout:write(vim.fn.json_encode(tbl) .. '\n')
  io.stdout:flush()
end

local function fail(msg)
  emit({ type = 'error', message = msg })
  vim.cmd('cquit 1')
end

local function env(name)
  local v = os.getenv(name)
  if v == nil or v == '' then fail('missing environment variable ' .. name) end
  return v
end

local function diagnostics_json(buf, kind)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, {
      type = kind,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      code = d.code,
      message = d.message,
    })
  end
  table.sort(out, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return out
end

local function main()
  local server = env('GROUNDED_E2E_SERVER')
  local root = env('GROUNDED_E2E_ROOT')
  local line = tonumber(env('GROUNDED_E2E_LINE'))
  local character = tonumber(env('GROUNDED_E2E_CHARACTER'))
  local want = tonumber(os.getenv('GROUNDED_E2E_EXPECT') or '3')
  local log_path = os.getenv('GROUNDED_E2E_SERVER_LOG')

  local buf = vim.api.nvim_get_current_buf()
  if vim.api.nvim_buf_get_name(buf) == '' then fail('open the draft: nvim ... DRAFT') end

  local stderr_lines = {}
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'grounded',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    settings = { grounded = {} },
    handlers = {
      -- Keep what the server logs (window/logMessage) for the failure report instead of Neovim's message area.
      ['window/logMessage'] = function(_, result)
        if log_path and result and result.message then
          local f = io.open(log_path, 'a')
          if f then f:write(result.message .. '\n'); f:close() end
        end
      end,
    },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then fail('vim.lsp.start_client returned nil: the server command could not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  -- Diagnostics: the server checks the draft on didOpen and publishes them once.
  local ok = vim.wait(30000, function() return exited ~= nil or #vim.diagnostic.get(buf) >= want end, 50)
  if exited then fail('the language server exited (code ' .. tostring(exited.code) .. ', signal ' .. tostring(exited.signal) .. ')') end
  if not ok then
    for _, d in ipairs(diagnostics_json(buf, 'diagnostic')) do emit(d) end
    fail('timed out after 30 s waiting for ' .. want .. ' diagnostics (got ' .. #vim.diagnostic.get(buf) .. ')')
  end
  vim.wait(300) -- a later publish would replace the set: let one settle
  for _, d in ipairs(diagnostics_json(buf, 'diagnostic')) do emit(d) end

  local uri = vim.uri_from_bufnr(buf)
  local position = { line = line, character = character }

  -- Hover on the wrong duration.
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = position }, 10000)
  local hr = hover and hover[client_id]
  if not hr then fail('no answer to textDocument/hover within 10 s') end
  if hr.err then fail('textDocument/hover failed: ' .. vim.fn.json_encode(hr.err)) end
  local contents = hr.result and hr.result.contents
  local value = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents)
  emit({ type = 'hover', kind = type(contents) == 'table' and contents.kind or vim.NIL, value = value })

  -- The quick fix at the wrong duration, applied as Neovim's code action menu would.
  local range = { start = position, ['end'] = position }
  local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, line), only = { 'quickfix' } }
  local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = context }, 10000)
  local ar = actions and actions[client_id]
  if not ar then fail('no answer to textDocument/codeAction within 10 s') end
  if ar.err then fail('textDocument/codeAction failed: ' .. vim.fn.json_encode(ar.err)) end
  local titles, chosen = {}, nil
  for _, a in ipairs(ar.result or {}) do
    table.insert(titles, a.title)
    if not chosen and a.isPreferred and a.edit then chosen = a end
  end
  emit({ type = 'codeAction', titles = titles, chosen = chosen and chosen.title or vim.NIL })
  if not chosen then fail('no preferred quick fix with an edit at the wrong duration') end
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  emit({ type = 'fixed', line = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1] })

  -- After the edit (didChange), the server re-checks: the duration's diagnostic goes away.
  local gone = vim.wait(15000, function()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'number-mismatch' then n = n + 1 end
    end
    return n == 0 and #vim.diagnostic.get(buf) == want - 1
  end, 50)
  for _, d in ipairs(diagnostics_json(buf, 'afterFix')) do emit(d) end
  if not gone then fail('the number-mismatch diagnostic was still there (or others changed) 15 s after the quick fix') end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return exited ~= nil end, 50)
  emit({ type = 'done' })
  vim.cmd('qall!')
end

local ok, err = pcall(main)
if not ok then fail('Lua error: ' .. tostring(err)) end
