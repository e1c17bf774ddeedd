import { strict as assert } from 'node:assert';
import { checkWorkspaceMessage, statusText, statusTooltip } from '../../client/src/messages';

describe('client/messages', () => {
  it('shows "n/m sentences supported" for a draft with sources, and nothing otherwise', () => {
    assert.equal(statusText({ uri: 'file:///d.md', total: 14, supported: 12, hasSources: true }), 'Grounded: 12/14 sentences supported');
    assert.equal(statusText({ uri: 'file:///d.md', total: 0, supported: 0, hasSources: true }), 'Grounded: 0/0 sentences supported');
    assert.equal(statusText({ uri: 'file:///d.md', total: 5, supported: 0, hasSources: false }), undefined);
    assert.equal(statusText(undefined), undefined);
    assert.equal(
      statusText({ uri: 'file:///d.md', total: 0, supported: 0, hasSources: true, problem: 'cannot use the source a.txt: no such file' }),
      '$(warning) Grounded: cannot check this draft',
    );
  });

  it('says in the tooltip how many sentences lack support', () => {
    assert.match(statusTooltip({ uri: 'u', total: 14, supported: 12, hasSources: true }), /^2 sentences of this draft have no supporting passage/);
    assert.match(statusTooltip({ uri: 'u', total: 14, supported: 13, hasSources: true }), /^1 sentence of this draft has no supporting passage/);
    assert.match(statusTooltip({ uri: 'u', total: 3, supported: 3, hasSources: true }), /^Every sentence/);
    assert.equal(
      statusTooltip({ uri: 'u', total: 0, supported: 0, hasSources: true, problem: 'cannot use the source a.txt: no such file' }),
      'cannot use the source a.txt: no such file. Click to show problems.',
    );
  });

  it('sums up a workspace check', () => {
    assert.equal(
      checkWorkspaceMessage({ drafts: 3, errors: 2, warnings: 1, infos: 4 }),
      'Grounded: checked 3 drafts: 2 errors, 1 warning, 4 info. See the Problems view.',
    );
    assert.equal(checkWorkspaceMessage({ drafts: 1, errors: 0, warnings: 0, infos: 0 }), 'Grounded: checked 1 draft: no problems found.');
    assert.match(checkWorkspaceMessage({ drafts: 0, errors: 0, warnings: 0, infos: 0 }), /found no drafts with sources/);
    assert.match(
      checkWorkspaceMessage({ drafts: 0, errors: 0, warnings: 0, infos: 0, found: 2, withoutSources: 2 }),
      /^Grounded: found 2 drafts but checked none \(2 drafts name no sources\)\. Name sources/,
    );
    assert.equal(
      checkWorkspaceMessage({ drafts: 2, errors: 0, warnings: 0, infos: 0, found: 4, withoutSources: 1, withProblems: 1 }),
      'Grounded: checked 2 drafts (1 draft names no sources; 1 draft has sources that cannot be used): 0 errors, 0 warnings, 0 info. See the Problems view.',
    );
  });
});
