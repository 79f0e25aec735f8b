package briefings

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// datelinePattern is a wire dateline opening a sentence: a place in
// capitals, perhaps its region and the agency, then a dash ("HARWICK,
// England (Northgate Press Agency) —", "VARNOSK —", "ST. AUBIN, Jersey -").
// Submatch 1 is the region, 2 the agency, 3 the dash.
var datelinePattern = regexp.MustCompile(`^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*)*` +
	`(,(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?` +
	`(\s+\([^()]{1,40}\))?` +
	`\s+([—–-]{1,2})\s+`)

// TrimDateline returns a sentence without the dateline it opens with.
// The dateline says where the wire filed from, not what happened: shown
// under a briefing it reads "PORTO VALE, Valdera (Meridian) — At least
// four …", and an outlet that reprints the story without it prints the
// same sentence, which should be cited to both. What is left is still
// word for word what the outlet printed.
func TrimDateline(s string) string {
	m := datelinePattern.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	// A bare place before a single hyphen is as likely a pair ("US - China
	// talks", "UK - EU trade"): that is a dateline only with its region or
	// agency.
	if m[2] < 0 && m[4] < 0 && s[m[6]:m[7]] == "-" {
		return s
	}
	rest := s[m[1]:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“‘'`, r) {
		return s
	}
	return rest
}
