package extract

import (
	"strings"
	"unicode/utf8"
)

// Text extracts an article from a plain-text file: paragraphs are blocks
// separated by blank lines (a hard-wrapped paragraph's line breaks become
// spaces), or, in a file with no blank line at all, single lines. The title
// is the first headline-like line near the top that is not boilerplate; a
// "By Jane Doe" line becomes the byline; neither is repeated in Paragraphs.
// The date comes from DateFromText and the rest is cleaned by Clean.
func Text(s string) Document {
	blocks := textBlocks(s)
	var doc Document
	doc.Published, doc.DateSource = DateFromText(blocks)

	titleAt, bylineAt := -1, -1
	inBody := false
	for i, b := range blocks {
		if i >= topParagraphs+2 || (inBody && bylineAt >= 0) {
			break
		}
		switch {
		case bylineAt < 0 && isBylineLine(b):
			bylineAt = i
		case titleAt < 0 && !inBody && isHeadline(b):
			titleAt = i
		case isBodyParagraph(b):
			// The headline comes before the story, never inside it.
			inBody = true
		}
	}
	var rest []string
	for i, b := range blocks {
		switch {
		case i == titleAt:
			doc.Title = b
		case i == bylineAt:
			doc.Byline = bylineName(rxByline.FindStringSubmatch(b)[1])
		case titleAt >= 0 && i > titleAt && i < titleAt+3 && b == blocks[titleAt]:
			// The headline printed twice (once in the page furniture).
		default:
			rest = append(rest, b)
		}
	}
	doc.Paragraphs, doc.Captions = Clean(rest)
	return doc
}

// textBlocks splits a plain-text file into normalised paragraphs.
func textBlocks(s string) []string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\f", "\n\n")
	lines := strings.Split(s, "\n")

	hasBlank := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			hasBlank = true
			break
		}
	}
	// Trailing and leading blank lines do not make a file blank-line separated.
	if hasBlank {
		inner := strings.TrimSpace(s)
		hasBlank = false
		for _, l := range strings.Split(inner, "\n") {
			if normalizeSpace(l) == "" {
				hasBlank = true
				break
			}
		}
	}

	var out []string
	add := func(p string) {
		if p = normalizeSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if !hasBlank {
		for _, l := range lines {
			add(l)
		}
		return out
	}
	var block []string
	flush := func() {
		for _, p := range splitBlock(block) {
			add(p)
		}
		block = block[:0]
	}
	for _, l := range lines {
		if normalizeSpace(l) == "" {
			flush()
			continue
		}
		block = append(block, normalizeSpace(l))
	}
	flush()
	return out
}

// wrapWidth is the shortest line length taken for a hard-wrapped column;
// blocks of shorter lines are lists or page furniture, one item a line.
const wrapWidth = 40

// splitBlock joins the lines of one blank-line separated block. A hard
// wrap is undone (the break becomes a space, or nothing after a hyphen
// that joins two words); a line much shorter than the block's width, or a
// line that is furniture by itself (a byline, "Breaking News"), is a real
// break.
func splitBlock(lines []string) []string {
	if len(lines) <= 1 {
		return append([]string(nil), lines...)
	}
	width := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > width {
			width = n
		}
	}
	var out []string
	var cur strings.Builder
	for i, l := range lines {
		cur.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		next := lines[i+1]
		n := utf8.RuneCountInString(l)
		hyphenJoin := strings.HasSuffix(l, "-") && !strings.HasSuffix(l, " -") && !strings.HasSuffix(l, "--") && n > 1
		continues := startsLower(next) || strings.HasSuffix(l, ",") || hyphenJoin
		standalone := isStandaloneLine(l) || isStandaloneLine(next)
		short := width < wrapWidth || float64(n) < 0.6*float64(width)
		if standalone || (!continues && short) {
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		if !hyphenJoin || !startsLetter(next) {
			cur.WriteByte(' ')
		}
	}
	out = append(out, cur.String())
	return out
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f)
}

// isStandaloneLine reports lines that are never part of a wrapped
// paragraph: furniture, bylines and date lines.
func isStandaloneLine(l string) bool {
	if isBylineLine(l) {
		return true
	}
	if wordCount(l) <= 6 && IsBoilerplate(l) {
		return true
	}
	if _, ok := topLineDate(l); ok && wordCount(l) <= 10 {
		return true
	}
	return false
}

// isHeadline reports whether a line can be an article's title: short, no
// full stop at the end, capitalised, and not furniture, a caption, a byline
// or a date line.
func isHeadline(s string) bool {
	words := wordCount(s)
	if words == 0 || words > 25 || utf8.RuneCountInString(s) > 200 {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") {
		return false
	}
	if !startsUpper(s) || !hasLetterOrDigit(s) {
		return false
	}
	if IsBoilerplate(s) || IsCaption(s) || isBylineLine(s) {
		return false
	}
	if _, ok := topLineDate(s); ok {
		return false
	}
	if _, ok := datelineHead(s); ok {
		return false
	}
	return true
}

// isBodyParagraph reports a paragraph of running text: ends like a
// sentence and is not furniture.
func isBodyParagraph(s string) bool {
	return endsSentence(s) && wordCount(s) >= 6 && !IsBoilerplate(s) && !IsCaption(s)
}
