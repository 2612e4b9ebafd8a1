import { describe, expect, it } from 'vitest';
import { bodyIsJson } from '../../../main/engine/request-runner';

describe('telling a JSON body from a text body', () => {
  it('reads JSON from literal text that opens an object or an array', () => {
    expect(bodyIsJson('{"a": "{{.X}}"}', {})).toBe(true);
    expect(bodyIsJson('  \n[{"a": 1}]', {})).toBe(true);
  });

  it('sets leading actions aside: their braces are delimiters, not JSON', () => {
    expect(bodyIsJson('{{if .TicketId}}{"Content": "{{.Description}}"}{{else}}{"Queue": "General"}{{end}}', {})).toBe(true);
    expect(bodyIsJson('{{- /* journal */ -}}\n  {"a": 1}', {})).toBe(true);
    expect(bodyIsJson('{{.Description}} was logged', {})).toBe(false);
  });

  it('takes the Content-Type header over the body text', () => {
    expect(bodyIsJson('{{.Payload}}', { 'content-type': 'application/json; charset=utf-8' })).toBe(true);
    expect(bodyIsJson('{{.Payload}}', { 'Content-Type': 'application/vnd.api+json' })).toBe(true);
    expect(bodyIsJson('{"looks": "like json"}', { 'Content-Type': 'text/plain' })).toBe(false);
  });

  it('treats plain text as text', () => {
    expect(bodyIsJson('Call from {{.Call_From}}', {})).toBe(false);
  });
});
