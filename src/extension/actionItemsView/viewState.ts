// The tree's choices (grouping and filters), kept per workspace and validated when read back.
import * as vscode from 'vscode';
import * as z from '../../core/zod';
import { GROUP_BY, type GroupBy } from '../../core/actions/group';

const STATE_KEY = 'postmortem.actionItems.view';

export const viewStateSchema = z.object({
  groupBy: z._default(z.enum(GROUP_BY), 'postmortem'),
  openOnly: z._default(z.boolean(), true),
  overdueOnly: z._default(z.boolean(), false),
  mine: z._default(z.boolean(), false),
  text: z._default(z.string(), ''),
});
export type ViewState = z.infer<typeof viewStateSchema>;

export class ViewStateStore {
  private state: ViewState;
  private readonly changed = new vscode.EventEmitter<ViewState>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {
    // A state written by another version of the extension, or edited by hand, falls back to the defaults.
    const parsed = viewStateSchema.safeParse(memento.get(STATE_KEY) ?? {});
    this.state = parsed.success ? parsed.data : viewStateSchema.parse({});
  }

  get current(): ViewState {
    return this.state;
  }

  async update(change: Partial<ViewState>): Promise<void> {
    this.state = viewStateSchema.parse({ ...this.state, ...change });
    await this.memento.update(STATE_KEY, this.state);
    this.changed.fire(this.state);
  }

  setGroupBy(groupBy: GroupBy): Promise<void> {
    return this.update({ groupBy });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The names and @handles of `postmortem.me`. */
export function readMe(): string[] {
  const value = vscode.workspace.getConfiguration('postmortem').get<unknown>('me', []);
  const parsed = z.array(z.string()).safeParse(value);
  return parsed.success ? parsed.data.map((n) => n.trim()).filter((n) => n !== '') : [];
}
