import { describe, expect, it } from 'vitest';
import { appPageUrl } from './app-url';
import { isAppUrl, isPresentationUrl, isSafeExternalUrl } from './trusted-url';

describe('appPageUrl', () => {
  it('is the app page on the app origin, with an optional hash route', () => {
    expect(appPageUrl()).toBe('app://threadline/index.html');
    expect(appPageUrl('/report/session/s1?anonymise=1')).toBe(
      'app://threadline/index.html#/report/session/s1?anonymise=1',
    );
  });
});

describe('isAppUrl', () => {
  it('accepts the app page with any route', () => {
    expect(isAppUrl('app://threadline/index.html')).toBe(true);
    expect(isAppUrl('app://threadline/index.html#/teams/1')).toBe(true);
  });

  it('refuses other origins, even ones that start like the app', () => {
    expect(isAppUrl('app://threadline.evil/index.html')).toBe(false);
    expect(isAppUrl('app://threadline:8080/index.html')).toBe(false);
    expect(isAppUrl('app://user@threadline/index.html')).toBe(false);
    expect(isAppUrl('https://threadline/index.html')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('appx://threadline/index.html')).toBe(false);
  });

  it('refuses other paths of the app origin and non-URLs', () => {
    expect(isAppUrl('app://threadline/assets/index.js')).toBe(false);
    expect(isAppUrl('app://threadline/index.html.evil')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
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
  it('accepts only the presentation route of the app page', () => {
    expect(isPresentationUrl('app://threadline/index.html#/present')).toBe(true);
    expect(isPresentationUrl('app://threadline/index.html#/present/s1')).toBe(true);
    expect(isPresentationUrl('app://threadline/index.html#/presentation')).toBe(false);
    expect(isPresentationUrl('app://threadline/index.html#/teams/t1')).toBe(false);
    expect(isPresentationUrl('app://threadline.evil/index.html#/present/s1')).toBe(false);
    expect(isPresentationUrl('https://evil.example/#/present/s1')).toBe(false);
  });
});
