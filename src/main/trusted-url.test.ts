import { describe, expect, it } from 'vitest';
import { isAppUrl, isPresentationUrl, isSafeExternalUrl } from './trusted-url';

describe('isAppUrl', () => {
  const index = '/app/out/renderer/index.html';
  it('accepts the app page with any route', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html#/teams/1', index)).toBe(true);
  });
  it('refuses other files, other schemes and look-alikes', () => {
    expect(isAppUrl('file:///etc/passwd', index)).toBe(false);
    expect(isAppUrl('https://app/out/renderer/index.html', index)).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html.evil', index)).toBe(false);
    expect(isAppUrl('not a url', index)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('lets plain https links out and nothing else', () => {
    expect(isSafeExternalUrl('https://example.com/guide')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.com')).toBe(false);
  });
});

describe('isPresentationUrl', () => {
  const index = '/app/out/renderer/index.html';
  it('accepts only the presentation route of the app page', () => {
    expect(isPresentationUrl('file:///app/out/renderer/index.html#/present/s1', index)).toBe(true);
    expect(isPresentationUrl('file:///app/out/renderer/index.html#/teams/t1', index)).toBe(false);
    expect(isPresentationUrl('https://evil.example/#/present/s1', index)).toBe(false);
  });
});
