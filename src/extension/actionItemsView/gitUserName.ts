// git's user.name, read through VS Code's built-in Git extension (no process to spawn, so it is cheap and web-safe).
import * as vscode from 'vscode';
import * as z from '../../core/zod';

interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}

interface GitApi {
  repositories: GitRepository[];
}

/** The name git commits under, or null when the Git extension is absent (web) or no name is configured. */
export async function gitUserName(): Promise<string | null> {
  try {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!extension) return null;
    const api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    const repository = api.repositories[0];
    const value: unknown = repository ? (await repository.getConfig('user.name').catch(() => '')) || (await repository.getGlobalConfig('user.name').catch(() => '')) : '';
    const name = z.string().safeParse(value);
    return name.success && name.data.trim() !== '' ? name.data.trim() : null;
  } catch {
    return null;
  }
}
