import { t } from '../base/i18n.js';
import { SekrError } from '../base/errors.js';
import { commandOptions, type Parsed } from './options.js';
import type { CommandRow, Context, Result } from './result.js';

function bash(table: CommandRow[]): string {
  const root = table.find((r) => r.path === '')!;
  const top = root.subcommands.join(' ');
  const globals = root.flags.join(' ');
  const cases = table
    .filter((r) => r.path !== '')
    .map((r) => {
      const arg = r.takesMeeting ? 'meeting' : r.takesGroup ? 'group' : '';
      return `    "${r.path}") flags="${r.flags.join(' ')}"; subs="${r.subcommands.join(' ')}"; arg="${arg}" ;;`;
    })
    .join('\n');
  return `# bash completion for sekr. Install: sekr completion bash > ~/.local/share/bash-completion/completions/sekr
# (or: source <(sekr completion bash) in ~/.bashrc)
_sekr() {
  local cur words i path="" flags="" subs="${top}" arg=""
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) continue ;;
    esac
    if [[ " $subs " == *" \${COMP_WORDS[i]} "* ]]; then
      path="\${path:+$path }\${COMP_WORDS[i]}"
      case "$path" in
${cases}
      esac
    fi
  done
  local data="\${SEKR_DATA:-data}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ "\${COMP_WORDS[i]}" == "--data" || "\${COMP_WORDS[i]}" == "-d" ]]; then data="\${COMP_WORDS[i+1]}"; fi
  done
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags ${globals} --help" -- "$cur") )
  elif [[ -z "$path" || ( -n "$subs" && -z "$arg" && "$path" != *" "* && -z "$flags" ) ]]; then
    COMPREPLY=( $(compgen -W "$subs" -- "$cur") )
  elif [[ "$arg" == meeting ]]; then
    COMPREPLY=( $(compgen -W "$(cd "$data/meetings" 2>/dev/null && ls -d */*.yaml 2>/dev/null | sed 's/\\.yaml$//')" -- "$cur") )
  elif [[ "$arg" == group ]]; then
    COMPREPLY=( $(compgen -W "$(cd "$data/meetings" 2>/dev/null && ls -d */ 2>/dev/null | tr -d /)" -- "$cur") )
  elif [[ -n "$subs" ]]; then
    COMPREPLY=( $(compgen -W "$subs" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -F _sekr sekr
`;
}

function zsh(table: CommandRow[]): string {
  return `#compdef sekr
# zsh completion for sekr. Install: sekr completion zsh > "\${fpath[1]}/_sekr" (or: source <(sekr completion zsh) in ~/.zshrc)
autoload -U +X bashcompinit && bashcompinit
${bash(table)}`;
}

export const options = commandOptions({});

/** `sekr completion bash|zsh`: the completion script for the shell, on stdout. */
export function run(shell: string, _opts: Parsed<typeof options>, context: Context): Result {
  const script = shell === 'bash' ? bash(context.commandTable()) : shell === 'zsh' ? zsh(context.commandTable()) : undefined;
  if (script === undefined) throw new SekrError(t('completion.noShell', shell), { hint: t('completion.noShellHint') });
  return { lines: [{ spans: [script.replace(/\n$/, '')], stream: 'out', always: true }] };
}
