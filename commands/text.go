package commands

import (
	"strings"
)

// Text renders a reply as plain text, as the console prints it: the same
// content the bot posts, without embeds or Markdown. Blocks (title, body,
// each section, footer) are separated by one blank line.
func Text(r Reply) string {
	var blocks []string
	if r.Title != "" {
		t := r.Title
		if r.URL != "" {
			t += " <" + r.URL + ">"
		}
		blocks = append(blocks, t)
	}
	if r.Intro != "" {
		blocks = append(blocks, r.Intro)
	}
	if len(r.Lines) > 0 {
		var b strings.Builder
		for i, l := range r.Lines {
			if i > 0 {
				b.WriteString("\n")
			}
			if len(r.Lines) > 1 && r.Title != "" {
				b.WriteString("• ")
			}
			b.WriteString(l)
		}
		blocks = append(blocks, b.String())
	}
	for _, s := range r.Sections {
		var b strings.Builder
		b.WriteString(s.Name)
		for _, it := range s.Items {
			b.WriteString("\n  " + it.Text)
			if it.Note != "" {
				b.WriteString(" — " + it.Note)
			}
			if it.Link != "" {
				b.WriteString(" <" + it.Link + ">")
			}
		}
		blocks = append(blocks, b.String())
	}
	if r.Footer != "" {
		blocks = append(blocks, r.Footer)
	}
	return plain(strings.Join(blocks, "\n\n")) + "\n"
}

// plain drops the Markdown code marks that Discord renders and a terminal
// would show literally.
func plain(s string) string { return strings.ReplaceAll(s, "`", "") }
