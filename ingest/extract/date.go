package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const monthPattern = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?`

var (
	// "March 25, 2012", "Mar. 25 2012", "March 25th, 2012"
	rxMDY = regexp.MustCompile(`(?i)\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s+((?:19|20)\d\d)\b`)
	// "25 March 2012", "25th of March, 2012"
	rxDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `,?\s+((?:19|20)\d\d)\b`)
	// "2012-03-25", "2012-03-25T10:00:00Z"
	rxISODate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\b|T)`)
	// "March 25", "25 March": a dateline without a year.
	rxMD = regexp.MustCompile(`(?i)\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	rxDM = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern)

	rxWeekday = regexp.MustCompile(`(?i)\b(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?\b\.?,?$`)
	// Agency in a dateline: "(Reuters)", "(AP)", "(AFP)", "(VOA)".
	rxAgency = regexp.MustCompile(`\([\p{L} .&/-]{1,30}\)`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthOf(name string) time.Month {
	name = strings.ToLower(name)
	if len(name) < 3 {
		return 0
	}
	return months[name[:3]]
}

// foundDate is a full calendar date found in text, with its byte span.
type foundDate struct {
	t          time.Time
	start, end int
}

// makeDate validates a calendar date (no 31 February) and returns it as
// midnight UTC.
func makeDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < time.January || m > time.December || d < 1 || d > 31 || y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

// findDates returns every full date (with a year) in s, in order of position.
func findDates(s string) []foundDate {
	var out []foundDate
	for _, m := range rxMDY.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := makeDate(y, monthOf(s[m[2]:m[3]]), d); ok {
			out = append(out, foundDate{t, m[0], m[1]})
		}
	}
	for _, m := range rxDMY.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := makeDate(y, monthOf(s[m[4]:m[5]]), d); ok {
			out = append(out, foundDate{t, m[0], m[1]})
		}
	}
	for _, m := range rxISODate.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		end := m[7]
		if t, ok := makeDate(y, time.Month(mo), d); ok {
			out = append(out, foundDate{t, m[0], end})
		}
	}
	// Order by position; overlapping matches cannot both be dates.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// partialDate finds a month and day without a year ("March 25").
func partialDate(s string) (time.Month, int, bool) {
	if m := rxMD.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[2])
		if mo := monthOf(m[1]); mo != 0 && d >= 1 && d <= 31 {
			return mo, d, true
		}
	}
	if m := rxDM.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		if mo := monthOf(m[2]); mo != 0 && d >= 1 && d <= 31 {
			return mo, d, true
		}
	}
	return 0, 0, false
}

// topParagraphs is how far from the top a dateline or date line may be:
// past the headline, standfirst, byline and a caption or two.
const topParagraphs = 6

// DateFromText finds an article's date in its text when the page carried no
// metadata: first a dateline or date line near the top ("MOSCOW, March 25,
// 2012 (VOA) -", "Published 25 March 2012", "2012-03-25"), then the date
// that ends a photo caption ("... in Moscow, March 25, 2012."). The source
// is "dateline" or "caption". A dateline without a year ("MOSCOW, March 25
// (Reuters) -") only counts when a full date elsewhere in the text has the
// same month and day: a year is never guessed. Dates are midnight UTC; the
// zero time and "" mean none was found.
func DateFromText(paragraphs []string) (time.Time, string) {
	var (
		partialMonth time.Month
		partialDay   int
	)
	for i, p := range paragraphs {
		if i >= topParagraphs {
			break
		}
		p = normalizeSpace(p)
		if IsCaption(p) {
			continue
		}
		if t, ok := topLineDate(p); ok {
			return t, sourceDateline
		}
		if head, ok := datelineHead(p); ok && partialMonth == 0 {
			if dates := findDates(head); len(dates) > 0 {
				return dates[0].t, sourceDateline
			}
			if m, d, ok := partialDate(head); ok {
				partialMonth, partialDay = m, d
			}
		}
	}
	if partialMonth != 0 {
		for _, p := range paragraphs {
			for _, fd := range findDates(p) {
				if fd.t.Month() == partialMonth && fd.t.Day() == partialDay {
					return fd.t, sourceDateline
				}
			}
		}
	}
	for _, p := range paragraphs {
		p = normalizeSpace(p)
		if !IsCaption(p) {
			continue
		}
		if t, ok := captionDate(p); ok {
			return t, sourceCaption
		}
	}
	return time.Time{}, ""
}

// topLineDate recognises a line that is a date and little else ("March 25,
// 2012", "Published: Sunday 25 March 2012 10.15 BST", "Updated 2012-03-25")
// or a paragraph that opens with a date ("March 25, 2012 — Kofi Annan ...").
func topLineDate(p string) (time.Time, bool) {
	if t, ok := dateLine(p); ok {
		return t, true
	}
	dates := findDates(p)
	if len(dates) == 0 {
		return time.Time{}, false
	}
	lead := strings.TrimSpace(rxWeekday.ReplaceAllString(strings.TrimSpace(p[:dates[0].start]), ""))
	if lead == "" {
		return dates[0].t, true
	}
	return time.Time{}, false
}

// dateLineWords may stand beside the date in a date line.
var dateLineWords = setOf(
	"published", "updated", "last", "first", "posted", "modified", "created", "date", "on", "at",
	"am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "ct", "cdt",
	"pt", "pst", "pdt", "msk", "ist", "aest", "local", "time", "of", "and",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)

// dateLine recognises a line that is nothing but a date, with at most a
// label, weekday, clock time and time zone around it.
func dateLine(p string) (time.Time, bool) {
	if wordCount(p) > 12 {
		return time.Time{}, false
	}
	dates := findDates(p)
	if len(dates) != 1 {
		return time.Time{}, false
	}
	rest := p[:dates[0].start] + " " + p[dates[0].end:]
	for _, f := range strings.Fields(rest) {
		w := strings.ToLower(strings.Trim(f, ".,:;|-–—()[]"))
		if w == "" || hasDigit(w) || dateLineWords[w] {
			continue
		}
		return time.Time{}, false
	}
	return dates[0].t, true
}

// datelineHead returns the part of p before the dash of a wire dateline
// ("MOSCOW, March 25 (Reuters) - ...", "WASHINGTON (AP) — ..."), if p opens
// with one. The head must start with a place in capitals or carry an agency
// or a date.
func datelineHead(p string) (string, bool) {
	limit := len(p)
	if limit > 160 {
		limit = 160
	}
	window := p[:limit]
	cut := -1
	for _, sep := range []string{" - ", " — ", " – ", "—", " -- ", "--"} {
		if i := strings.Index(window, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return "", false
	}
	head := strings.TrimSpace(window[:cut])
	if head == "" || wordCount(head) > 12 {
		return "", false
	}
	first := strings.Fields(head)[0]
	first = strings.TrimRight(first, ",")
	capsPlace := len(first) >= 2 && strings.ToUpper(first) == first && hasLetterOrDigit(first) && !hasDigit(first)
	_, _, hasPartial := partialDate(head)
	hasAgency := rxAgency.MatchString(head)
	if !capsPlace && !(startsUpper(head) && (hasPartial || hasAgency)) {
		return "", false
	}
	if !hasPartial && !hasAgency && !strings.Contains(head, ",") {
		return "", false
	}
	return head, true
}

// captionDate returns the date a caption ends with, else the first one in it
// ("In this March 25, 2012 photo, ...").
func captionDate(p string) (time.Time, bool) {
	dates := findDates(p)
	if len(dates) == 0 {
		return time.Time{}, false
	}
	for _, d := range dates {
		if strings.TrimRight(p[d.end:], " .)”\"") == "" {
			return d.t, true
		}
	}
	return dates[0].t, true
}
