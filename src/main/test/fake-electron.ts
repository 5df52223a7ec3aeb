import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module in unit tests of the shell's wiring (use it through
 * `vi.mock('electron', ...)`). It records what the app asks of Electron and keeps Electron's
 * rules that the wiring depends on: privileged schemes only before the app is ready, protocol
 * handlers only after, and a `web-contents-created` event for every new window.
 */

type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  /** What new pages answer to `executeJavaScript` (the report page's state). */
  static initialPageState = 'ready';
  pageState = FakeWebContents.initialPageState;
  pdf = Buffer.from('%PDF-1.7\n%%EOF\n');

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  /** The address the page shows: the last one its window loaded. */
  url = '';
  getURL(): string {
    return this.url;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  async executeJavaScript(): Promise<string> {
    return this.pageState;
  }
  async printToPDF(): Promise<Buffer> {
    return this.pdf;
  }
  /** Emits an Electron event with a cancellable event object; says whether it was refused. */
  refuses(eventName: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(eventName, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  readonly loadedFiles: string[] = [];
  destroyed = false;
  /** How often the window was brought forward. */
  focused = 0;
  minimized = false;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & object) {
    super();
    FakeBrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
  }
  async loadFile(file: string): Promise<void> {
    this.loadedFiles.push(file);
  }
  show(): void {}
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** The user closes the window. */
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

let ready = false;
let markReady: () => void = () => {};
const whenReady = new Promise<void>((resolve) => {
  markReady = resolve;
});

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  exitCode: null as number | null,
  whenReady: () => whenReady,
  quit: () => app.emit('will-quit'),
  exit(code: number) {
    app.exitCode = code;
  },
  getPath: (name: string) => `/fake/${name}`,
});

/** Lets the app become ready, as Electron does once it has started. */
export function becomeReady(): void {
  ready = true;
  markReady();
}

interface PrivilegedScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

export const protocol = {
  privileged: [] as PrivilegedScheme[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: PrivilegedScheme[]): void {
    if (ready) throw new Error('Privileged schemes must be registered before the app is ready.');
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!ready) throw new Error('Protocol handlers can only be added once the app is ready.');
    protocol.handlers.set(scheme, handler);
  },
};

interface HeadersDetails {
  responseHeaders?: Record<string, string[]>;
}
type HeadersCallback = (response: { responseHeaders: Record<string, string[]> }) => void;

export const session = {
  defaultSession: {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    headersHandler: null as ((details: HeadersDetails, callback: HeadersCallback) => void) | null,
    setPermissionRequestHandler(handler: Handler): void {
      session.defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler): void {
      session.defaultSession.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: (details: HeadersDetails, callback: HeadersCallback) => void) {
        session.defaultSession.headersHandler = handler;
      },
    },
  },
};

export const ipcMain = {
  handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  handle(channel: string, handler: (event: unknown, input: unknown) => unknown): void {
    ipcMain.handlers.set(channel, handler);
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url);
  },
};

export const dialog = {
  /** Where the save dialog "chooses" to save; null cancels it. */
  saveTo: null as string | null,
  errors: [] as Array<{ title: string; message: string }>,
  async showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
    return dialog.saveTo === null
      ? { canceled: true }
      : { canceled: false, filePath: dialog.saveTo };
  },
  showErrorBox(title: string, message: string): void {
    dialog.errors.push({ title, message });
  },
};

export const Menu = {
  applicationMenu: undefined as unknown,
  setApplicationMenu(menu: unknown): void {
    Menu.applicationMenu = menu;
  },
};

export { FakeBrowserWindow as BrowserWindow };
