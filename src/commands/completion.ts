import type { Command } from 'commander';
import type { GlobalOptions } from '../cli.js';
import { SekrError } from '../errors.js';

/** Every command path ("item add") with its flags, from the program itself, so completion never goes stale. */
function commandTable(program: Command): { path: string; flags: string[]; takesMeeting: boolean; takesGroup: boolean }[] {
  const rows: { path: string; flags: string[]; takesMeeting: boolean; takesGroup: boolean }[] = [];
  const walk = (cmd: Command, prefix: string[]) => {
    for (const sub of cmd.commands) {
      const path = [...prefix, sub.name()];
      const args = sub.registeredArguments.map((a) => a.name());
      rows.push({ path: path.join(' '), flags: sub.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))), takesMeeting: args.includes('meeting'), takesGroup: args.includes('group') });
      walk(sub, path);
    }
  };
  walk(program, []);
  return rows;
}

function bash(program: Command): string {
  const table = commandTable(program);
  const top = program.commands.map((c) => c.name()).join(' ');
  const globals = program.options.flatMap((o) => [o.long, o.short].filter(Boolean)).join(' ');
  const cases = table
    .map((r) => `    "${r.path}") flags="${r.flags.join(' ')}"; subs="${program.commands.find((c) => c.name() === r.path)?.commands.map((c) => c.name()).join(' ') ?? ''}"; arg="${r.takesMeeting ? 'meeting' : r.takesGroup ? 'group' : ''}" ;;`)
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

function zsh(program: Command): string {
  return `#compdef sekr
# zsh completion for sekr. Install: sekr completion zsh > "\${fpath[1]}/_sekr" (or: source <(sekr completion zsh) in ~/.zshrc)
autoload -U +X bashcompinit && bashcompinit
${bash(program)}`;
}

/** `sekr completion bash|zsh`: the completion script for the shell, on stdout. */
export async function run(shell: string, _opts: GlobalOptions): Promise<void> {
  const { buildProgram } = await import('../cli.js');
  const program = buildProgram();
  if (shell === 'bash') process.stdout.write(bash(program));
  else if (shell === 'zsh') process.stdout.write(zsh(program));
  else throw new SekrError(`no completion for '${shell}'`, { hint: 'sekr completion bash, or sekr completion zsh' });
}
