export function electronVersion(): string;
export function electronSqliteBinary(version?: string): string;
export function electronBuildCommands(version: string, arch: string): Array<[string, string[]]>;
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function ensureElectronSqlite(): string | null;
