// Types of the mini-program client. The operations and the schemas they use are generated from openapi.json
// (operations.d.ts); this file declares the hand-written core.
import type { LoginResp, Operations } from './operations';

export * from './operations';

export interface ClientOptions {
  /** The service, e.g. 'https://safety.example.cn' (listed in the mini-program's request and uploadFile 合法域名). */
  baseUrl: string;
  /** The wx object; defaults to the global one. */
  wx?: unknown;
  /** ms per request (default 15000). */
  timeout?: number;
  /** ms per upload (default 60000, WeChat's limit). */
  uploadTimeout?: number;
  /** Extra tries of a safe request (GET, or a submission with its idempotency key) after a network or 429/502/503/504 failure (default 3). */
  retries?: number;
  /** First backoff in ms, doubled on each try, with jitter (default 400). */
  retryDelay?: number;
  /** Storage key of the login token (default 'safety-month.token'). */
  tokenKey?: string;
}

export interface CallOptions {
  /** The key of this user action: make one with newIdempotencyKey() when the user taps, pass it again if they retry. */
  idempotencyKey?: string;
  /** Upload progress, as wx.uploadFile's onProgressUpdate reports it. */
  onProgress?: (p: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void;
  /** Overrides the client's retries for this call. */
  retries?: number;
  /** Extra query parameters. */
  query?: Record<string, string | number | boolean | undefined>;
}

/** A local file to send with wx.uploadFile: a temp path from wx.chooseMedia, wx.compressImage or wx.canvasToTempFilePath. */
export interface UploadInput {
  filePath: string;
  /** The form field of the file; each operation knows its own (file, signature). */
  name?: string;
  formData?: Record<string, string>;
}

/** A binary answer (a PNG) saved by wx.downloadFile: show it with <image src> or keep it with wx.saveImageToPhotosAlbum. */
export interface DownloadResult {
  tempFilePath: string;
}

/** The service answered with an error: show `msg` as it is; switch on `code` (see ErrorCode). */
export declare class ApiError extends Error {
  readonly name: 'ApiError';
  /** HTTP status */
  readonly status: number;
  /** Stable error code, e.g. 8003 */
  readonly code: number;
  /** Chinese message naming the field and the reason */
  readonly msg: string;
  readonly data: unknown;
  readonly operationId: string;
  /** Quote it when reporting a problem */
  readonly requestId: string | null;
  /** Seconds to wait before trying again (Retry-After of a 429); a long one is not retried: show msg */
  readonly retryAfter: number | null;
}

/** No answer at all (offline, timeout): the call was already retried if it was safe to. */
export declare class NetworkError extends Error {
  readonly name: 'NetworkError';
  readonly errMsg: string;
  readonly operationId: string;
}

export interface Core {
  /** wx.login and exchange of its code for a token (stored). Called by itself when needed; call it at launch to warm up. */
  login(): Promise<LoginResp>;
  /** Forgets the token (call workerLogout() first to end it on the server). */
  logout(): void;
  isLoggedIn(): boolean;
  /** Any JSON request to the service, with the same login, envelope, errors and retries. */
  request<T = unknown>(method: string, path: string, input?: unknown, options?: CallOptions): Promise<T>;
  /** Any upload to the service (wx.uploadFile). */
  upload<T = unknown>(path: string, file: UploadInput, options?: CallOptions): Promise<T>;
}

export type Client = Core & Operations;

/** A client of its own (one person). */
export declare function createClient(options: ClientOptions): Client;
/** Sets up the default client behind the functions this module exports; call once in App.onLaunch. */
export declare function configure(options: ClientOptions): Client;
/** A fresh key for one user action. */
export declare function newIdempotencyKey(): string;
export declare const OPERATIONS: Record<string, unknown>;

// the default client's core (its operations are declared in operations.d.ts)
export declare const login: Core['login'];
export declare const logout: Core['logout'];
export declare const isLoggedIn: Core['isLoggedIn'];
export declare const request: Core['request'];
export declare const upload: Core['upload'];
