package extract

import (
	"regexp"
	"strings"
)

// creditName is a photographer or agency credit: capitalised words, initials
// and slashes ("Sergei Karpukhin", "Jane Doe/AFP/Getty Images").
const creditName = `\p{Lu}[\p{L}.'’&-]*(?:(?:\s+|\s*/\s*)(?:\p{Lu}[\p{L}.'’&-]*|de|van|von|al|da|di|via|for))*`

var (
	// A label that opens a caption: "Photo: ...", "Pictured: ...",
	// "FILE - In this ...", "Above: ...".
	rxCaptionLabel = regexp.MustCompile(`^(?:(?i:photos?|picture|pictured|image|caption|photograph|pic|illustration|screenshot|in pictures|above|below|left|right|top|bottom|inset|main (?:image|picture|photo)|top (?:image|picture|photo)|file photo)\s*:|(?:FILE|FILE PHOTO|File photo|File Photo)\s*[-–—:])`)
	// "In this Sunday, March 25, 2012 photo, ..." / "This undated handout photo shows ..."
	rxInThisPhoto = regexp.MustCompile(`^(?i:in this [^.]{0,80}?\b(?:photo|picture|image|photograph|handout|frame grab|video grab|still|file photo|photo illustration|combination photo)\b|this (?:undated |handout |file |satellite |combination |video )*(?:photo|picture|image|photograph|frame grab|video grab|still)\b[^.]{0,60}\b(?:shows|taken|released|provided|made|obtained|received|distributed)\b)`)
	// Credit at the end: "(AP Photo/Pavel Golovkin)", "(Reuters)", "REUTERS/Sergei Karpukhin",
	// "Photograph: Jane Doe/Reuters", "Photo by Jane Doe", "AFP PHOTO / ...".
	rxCaptionCredit = regexp.MustCompile(`(?:\((?i:ap photo|ap|afp|reuters|epa|getty images|xinhua|ansa|upi|tass|sputnik|dpa|efe|photo|voa|bloomberg)(?:\s*/[^)]{0,60}| photo[^)]{0,60}| via [^)]{0,60})?\)|\b(?:REUTERS|Reuters|AFP|EPA|AP|EPA-EFE)\s*/\s*` + creditName + `|\b(?i:photograph|photo|picture|image|credit)\s*(?::|by|courtesy(?: of)?)\s*` + creditName + `|/(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy))\)?\.?$`)
	rxCaptionHeader = regexp.MustCompile(`^(?i:image|media|picture|photo|video) caption\b`)
	rxAFPPhoto      = regexp.MustCompile(`\bAFP PHOTO\b|\bAP Photo/`)
	// Positional markers: "(L)", "(2nd L)", "(left)", "(L-R)", "(from left)", "(front, C)".
	rxPosition = regexp.MustCompile(`\((?:(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth)\s*-?\s*)?(?:from\s+)?(?:L|R|C|[Ll]eft|[Rr]ight|[Cc]ent(?:re|er)|[Tt]op|[Bb]ottom|[Ff]ront|[Bb]ack|[Rr]ear)(?:\s*[-,]\s*(?:L|R|C|[Ll]eft|[Rr]ight|[Ff]ront|[Bb]ack|[Tt]op|[Bb]ottom|[Rr]ow))?(?:\s+to\s+(?:[Rr]ight|[Ll]eft))?\)`)
	// "(C) 2012" is a copyright sign, not "centre".
	rxCopyrightC = regexp.MustCompile(`\([Cc]\)\s*(?:\d{4}|[Cc]opyright)`)
	// Present-tense description verbs that captions use ("talks", "gestures").
	rxCaptionVerb = regexp.MustCompile(`\b(talks|speaks|listens|gestures|poses|waves|walks|arrives|leaves|attends|looks|holds|shakes|greets|meets|sits|stands|delivers|addresses|smiles|reacts|embraces|hugs|chats|confers|votes|signs|visits|inspects|departs|enters|exits|kisses|laughs|points|prays|salutes|steps|watches|welcomes|wipes|cries|celebrates|carries|rides|runs|lays|looks on|is seen|are seen|is pictured|are pictured|pose|gather|march|react|wait|walk|shout|chant|protest|carry|attend|look on|take part|hold|stand|sit|wave|cheer|mourn|pray|queue|line up|rally)\b`)
	// The word before a verb that makes it non-finite or future: "will march".
	auxBefore = setOf("will", "would", "to", "could", "can", "may", "might", "must", "should", "shall", "did", "not", "didn't", "won't", "don't", "cannot", "also", "then")
	// The word before a date that makes it prose ("held on", "by", "until").
	prosePrepositions = setOf("by", "until", "till", "before", "after", "since", "from", "through", "to", "of", "between", "than", "and", "or")
)

// IsCaption reports whether a paragraph is a photo caption left in the text
// by extraction. Signs, strongest first:
//
//   - a caption label or credit: "Photo: ...", "Pictured: ...", "FILE - ...",
//     "In this March 25, 2012 photo, ...", "... (AP Photo/Jane Doe)",
//     "... (Reuters)" at the very end, "REUTERS/Jane Doe";
//   - positional markers: "(L)", "(2nd R)", "(left)", "(L-R)";
//   - a present-tense description that ends with a place and a date, wire
//     style: "... talks with Kofi Annan in Moscow, March 25, 2012."
//
// A sentence that reports ("said", "according to") is never a caption on
// the weaker signs, and an ordinary past-tense sentence with a date ("Annan
// met Medvedev in Moscow on March 25, 2012, to discuss Syria.") is not one.
// A dateline's "(Reuters) -" is not a credit: credits close the paragraph.
func IsCaption(paragraph string) bool {
	p := normalizeSpace(paragraph)
	if p == "" || wordCount(p) > 120 {
		return false
	}
	if wordCount(p) <= 8 && rxCredit.MatchString(key(p)) {
		// A bare credit ("Photo: Reuters", "Jane Doe/AFP") describes no
		// photo: it is boilerplate, not a caption.
		return false
	}
	if rxCaptionLabel.MatchString(p) || rxInThisPhoto.MatchString(p) || rxAFPPhoto.MatchString(p) {
		return true
	}
	if rxCaptionCredit.MatchString(tail(p, 160)) && !isDateline(p) {
		return true
	}
	if rxCaptionHeader.MatchString(p) {
		// "Image caption Russian President ..." (also boilerplate).
		return true
	}
	if rxReporting.MatchString(p) {
		return false
	}
	if hasPosition(p) {
		return true
	}
	d, ok := endingDate(p)
	if !ok {
		return false
	}
	if d.afterPlace {
		return true
	}
	if d.afterOn && hasCaptionVerb(p) {
		return true
	}
	return false
}

// hasPosition reports positional markers. A lone "(R)" or "(C)" also
// marks a party or a copyright, so it only counts beside a caption verb or a
// second marker.
func hasPosition(p string) bool {
	all := rxPosition.FindAllString(p, -1)
	strong := 0
	for _, m := range all {
		if m != "(R)" && m != "(C)" {
			strong++
		}
	}
	if strong > 0 {
		return !rxCopyrightC.MatchString(p) || strong > 1
	}
	if len(all) == 0 || rxCopyrightC.MatchString(p) {
		return false
	}
	return len(all) > 1 || hasCaptionVerb(p)
}

// hasCaptionVerb reports a present-tense description verb used as the main
// verb (not after "will", "to" and the like).
func hasCaptionVerb(p string) bool {
	for _, m := range rxCaptionVerb.FindAllStringIndex(p, -1) {
		before := strings.Fields(p[:m[0]])
		if len(before) == 0 {
			continue // a caption starts with its subject
		}
		prev := strings.ToLower(strings.Trim(before[len(before)-1], `,"'“”`))
		if !auxBefore[prev] {
			return true
		}
	}
	return false
}

type dateEnding struct {
	afterPlace bool // "..., Moscow, March 25, 2012."
	afterOn    bool // "... in Moscow on Sunday, March 25, 2012."
}

// endingDate checks whether p ends with a full date, and what precedes it.
func endingDate(p string) (dateEnding, bool) {
	// A date ends within the last few dozen bytes; only look there.
	t := tail(p, 64)
	dates := findDates(t)
	if len(dates) == 0 {
		return dateEnding{}, false
	}
	last := dates[len(dates)-1]
	if strings.TrimRight(t[last.end:], " .)”\"") != "" {
		return dateEnding{}, false
	}
	before := strings.TrimSpace(p[:len(p)-len(t)+last.start])
	before = strings.TrimSpace(rxWeekday.ReplaceAllString(before, ""))
	var e dateEnding
	if strings.HasSuffix(before, ",") {
		words := strings.Fields(strings.TrimSuffix(before, ","))
		if len(words) > 0 {
			w := strings.Trim(words[len(words)-1], `"'“”()`)
			if startsUpper(w) && !prosePrepositions[strings.ToLower(w)] && !hasDigit(w) {
				e.afterPlace = true
			}
		}
		return e, true
	}
	words := strings.Fields(before)
	if len(words) > 0 && strings.ToLower(words[len(words)-1]) == "on" {
		e.afterOn = true
	}
	return e, true
}

// tail returns about the last n bytes of s, starting at a word boundary
// so that a match at its start is not mid-word.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	if j := strings.IndexByte(s[i:], ' '); j >= 0 {
		return s[i+j+1:]
	}
	return s[i:]
}

// isDateline reports whether p opens with a wire dateline, whose
// "(Reuters) -" must not be read as a photo credit.
func isDateline(p string) bool {
	head, ok := datelineHead(p)
	return ok && len(head) < len(p)-3
}
