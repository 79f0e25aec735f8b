package commands

import (
	"strings"
)

// Text renders a reply as plain text, as the console prints it: the same
// content the bot posts, without embeds.
func Text(r Reply) string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		if r.URL != "" {
			b.WriteString(" <" + r.URL + ">")
		}
		b.WriteString("\n\n")
	}
	for _, l := range r.Lines {
		if len(r.Lines) > 1 && r.Title != "" {
			b.WriteString("• ")
		}
		b.WriteString(l + "\n")
	}
	for _, s := range r.Sections {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.Name + "\n")
		for _, it := range s.Items {
			b.WriteString("  " + it.Text)
			if it.Note != "" {
				b.WriteString(" " + it.Note)
			}
			if it.Link != "" {
				b.WriteString(" <" + it.Link + ">")
			}
			b.WriteString("\n")
		}
	}
	if r.Footer != "" {
		b.WriteString("\n" + r.Footer + "\n")
	}
	return b.String()
}
