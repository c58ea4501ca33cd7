// Where the engine's commands go: the entry registered every contributed command with VS Code before the engine loaded,
// so a handler is only looked up here; a command the manifest does not contribute is registered with VS Code directly.
import * as vscode from 'vscode';

/** Arguments are whatever the caller passed: a menu's node or Uri, a CodeLens's values, a script's object. */
export type CommandHandler = (...args: never[]) => unknown;

export interface CommandRegistry {
  register(id: string, handler: CommandHandler): vscode.Disposable;
}

export class ContributedCommands implements CommandRegistry, vscode.Disposable {
  private readonly handlers = new Map<string, CommandHandler>();
  private readonly registrations: vscode.Disposable[];

  /**
   * Registers each of `ids` with VS Code now; running one waits for `engineReady` (which loads the engine) and then runs
   * the handler the engine registered, with the arguments it was given.
   */
  constructor(
    private readonly ids: ReadonlySet<string>,
    engineReady: () => Promise<unknown>,
  ) {
    this.registrations = [...ids].map((id) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        await engineReady();
        const handler = this.handlers.get(id);
        if (!handler) throw new Error(vscode.l10n.t("Command '{0}' is not available in this extension host.", id));
        return (handler as (...args: unknown[]) => unknown)(...args);
      }),
    );
  }

  register(id: string, handler: CommandHandler): vscode.Disposable {
    if (!this.ids.has(id)) return vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);
    this.handlers.set(id, handler);
    return new vscode.Disposable(() => this.handlers.delete(id));
  }

  dispose(): void {
    for (const registration of this.registrations) registration.dispose();
  }
}
