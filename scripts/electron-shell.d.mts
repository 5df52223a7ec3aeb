export function installedElectron(): string | null;
export function fetchElectron(): string | null;
