package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind says how an abbreviation followed by a period behaves at a possible
// sentence boundary.
type kind int

const (
	notAbbreviation kind = iota
	// title abbreviations precede a name and so never end a sentence:
	// "Sen. Warren", "Dr. Who". Also e.g., i.e., vs., which always
	// introduce something.
	title
	// numeric abbreviations precede a number: "No. 10", "Vol. 3", "pp. 23".
	// Without a number they are ambiguous, except "no", which is then the
	// word ("He said no. Smith left.").
	numeric
	// ambiguous abbreviations end a sentence only before a common sentence
	// opener: "the U.S. The next day" splits, "the U.S. Army" does not.
	ambiguous
)

// Abbreviations are matched as written (case matters: "Sat." is Saturday,
// "sat." a verb), plus their all-capitals form for headlines. Dotted
// initials such as U.S., J.K., a.m. and Ph.D. are recognised by shape, not
// listed. "Sun." is left out: the company and the newspaper end sentences
// more often than Sunday is abbreviated.
var abbreviations = map[string]kind{}

func init() {
	add := func(k kind, words string) {
		for _, w := range strings.Fields(words) {
			abbreviations[w] = k
			if up := strings.ToUpper(w); up != w && w != strings.ToLower(w) {
				abbreviations[up] = k
			}
		}
	}
	add(title, `Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Sen Sens Rep Reps
		Gov Govs Gen Lt Col Sgt Maj Capt Cmdr Cmdt Adm Cpl Pvt Brig Lieut Rev Hon
		Pres Supt Insp Det Msgr Fr Gens Atty Amb Mx
		e.g i.e vs cf viz eg ie`)
	add(numeric, `No Nos no nos Vol Vols vol vols Art Fig fig Figs figs pp Ch ch
		Sec Op op Pt pt Nr nr`)
	add(ambiguous, `Jr Sr St Ste Mt Ft Ave Blvd Rd Sq Hwy Pl Inc Corp Ltd Co Cos Bros
		Plc plc Dept Univ Assn Gov't Intl Natl Mfg
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat
		Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass
		Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
		approx est al ft lb lbs oz yr yrs mos hr hrs Esq`)
}

// abbreviationKind classifies the token before a period, without the period.
func abbreviationKind(token string) kind {
	if k, ok := abbreviations[token]; ok {
		return k
	}
	// "then-Sen.", "ex-Gov.": the prefix does not change the abbreviation.
	if i := strings.LastIndexByte(token, '-'); i >= 0 {
		if k, ok := abbreviations[token[i+1:]]; ok {
			return k
		}
	}
	// Possessive or plural forms never take a period, so anything else
	// that is not shaped like initials is an ordinary word.
	if isInitials(token) {
		return ambiguous
	}
	return notAbbreviation
}

// isInitials reports tokens shaped like a single letter ("W", "J") or
// dotted groups of one or two letters ("U.S", "J.K", "a.m", "Ph.D", "D.C").
// A single two-letter word ("it", "us") is not initials.
func isInitials(token string) bool {
	parts := strings.Split(token, ".")
	if len(parts) == 1 {
		return utf8.RuneCountInString(token) == 1 && isLetters(token)
	}
	for _, p := range parts {
		if p == "" || utf8.RuneCountInString(p) > 2 || !isLetters(p) {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// starters are capitalised words that commonly open a sentence and rarely
// continue a name, so an ambiguous abbreviation followed by one of them ends
// its sentence.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An This That These Those There Their They Them
		He She It Its His Her Hers We Our Us You Your I Me My Mine Some Many Most
		Much More Few Several All Both Each Every Any No None Not Neither Either
		One Two Three Four Five Six Seven Eight Nine Ten
		But And Or So Yet Nor For If When While Whilst After Before Since Although
		Though As At In On Of By To From With Without Within Under Over During
		Despite Until Unless Because Instead Meanwhile However Moreover Furthermore
		Nevertheless Still Also Then Now Later Earlier Today Yesterday Tomorrow
		Last Next Such Other Another What Who Whom Whose Why How Where Which
		Here Once Even Only Just Indeed Yes Perhaps Maybe Overall Finally First
		Second Third Former Officials Police Critics Analysts Experts Authorities
		Investigators Residents Witnesses Researchers Scientists Supporters
		Opponents Lawmakers Democrats Republicans Others Nobody Everyone Someone
		Somebody Everybody Nothing Everything Something Let Do Does Did Is Are Was
		Were Has Have Had Will Would Can Could Should Must May Might Shall
		According Asked Speaking Among About Around Against Between Beyond Through
		Throughout Along Following Like Unlike Amid Among Rather Thus Hence
		Otherwise Afterwards Again Already Often Sometimes Never Always`) {
		starters[w] = true
	}
}
