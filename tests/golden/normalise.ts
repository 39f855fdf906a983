/**
 * What may differ between a seed and sekr's Markdown: white space (line
 * breaks inside a paragraph, blank lines, indentation) and markup the seed's
 * plain text cannot show: link targets, heading marks, bold marks, backslash
 * escapes and invisible HTML comments. Everything else must be equal, line by line.
 */
export function normalise(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/\u00a0/g, ' ')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\\([\\`*_[\]<>|#.+\-=!()])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}
