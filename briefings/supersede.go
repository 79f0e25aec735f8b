package briefings

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings/porter"
)

// A story develops: the wire's "At least four people were killed" on
// Sunday becomes "Seven people are now known to have died …, up from four
// on Sunday" on Monday, and a launch "postponed until March" is brought
// forward to "February 24, earlier than the March date". Shown side by
// side, the older figure reads as current and contradicts the newer one;
// led by it, the briefing opens with a state of affairs that no longer
// holds. Sentences are never reworded, so the older one is left out, and
// the article that updates a story is read before the ones it updates.
//
// The rule is narrow on purpose: a sentence is dropped only when a
// sentence of a later article of the same story says it replaces that
// very figure or date (see replaces). Two figures that count different
// things (the dead and the rescued, a launch date and a mission's length)
// both stay, as do articles of other stories and articles of one moment.

// supersedeWindow is how far apart an update and the report it updates
// may be published: a follow-up comes within weeks, and a figure a year
// on is another story's.
const supersedeWindow = 30 * 24 * time.Hour

// currency knows which sentences of a briefing's candidates a later
// report of the same story updates.
type currency struct {
	cands     []Candidate
	idf       func(string) float64
	facts     map[*scored]sentenceFacts
	sameStory map[[2]int]bool
	chosen    []*scored
	updates   map[*scored][]int // sentence → the earlier candidates it updates
}

// selectCurrent selects the briefing's sentences as selectSentences does,
// leaving out any that a chosen sentence of a later article of the same
// story updates, and taking the next best in its place. The currency it
// returns holds which candidates update which, for the bullets to be
// ordered by (see leadWithUpdates), and tells the key quotes that say
// what a chosen sentence updates (see outdated).
func selectCurrent(pool []*scored, cands []Candidate, idf func(string) float64, opt Options) ([]*scored, *currency) {
	c := &currency{cands: cands, idf: idf, facts: map[*scored]sentenceFacts{}, sameStory: map[[2]int]bool{}}
	c.chosen = selectSentences(pool, opt)
	for range opt.MaxSentences + 1 {
		stale := map[string]bool{}
		for _, o := range c.chosen {
			if c.outdated(o.art, o, "") {
				stale[o.text] = true
			}
		}
		if len(stale) == 0 {
			break
		}
		// Every outlet's copy of the older sentence goes with it.
		pool = slices.DeleteFunc(slices.Clone(pool), func(s *scored) bool { return stale[s.text] })
		c.chosen = selectSentences(pool, opt)
	}
	return c.chosen, c
}

// outdated reports whether a chosen sentence of a later article of the
// same story updates what candidate art says: its sentence o, or, when o
// is nil, text (a quote).
func (c *currency) outdated(art int, o *scored, text string) bool {
	var of sentenceFacts
	read := false
	found := false
	for _, n := range c.chosen {
		if n.art == art || !later(c.cands[n.art].Article.Published, c.cands[art].Article.Published) {
			continue
		}
		if !read {
			if o != nil {
				of = c.factsOf(o)
			} else {
				of = readFacts(TrimDateline(text))
			}
			read = true
		}
		if len(of.values) == 0 {
			return false
		}
		if !replaces(c.factsOf(n), of) || !c.story(n.art, art) {
			continue
		}
		found = true
		if c.updates == nil {
			c.updates = map[*scored][]int{}
		}
		if !slices.Contains(c.updates[n], art) {
			c.updates[n] = append(c.updates[n], art)
		}
	}
	return found
}

func (c *currency) factsOf(s *scored) sentenceFacts {
	f, ok := c.facts[s]
	if !ok {
		f = readFacts(TrimDateline(c.cands[s.art].Article.Sentences[s.idx].Text))
		c.facts[s] = f
	}
	return f
}

func (c *currency) story(a, b int) bool {
	k := [2]int{min(a, b), max(a, b)}
	v, ok := c.sameStory[k]
	if !ok {
		v = oneStory(c.cands[a].Article, c.cands[b].Article, c.idf)
		c.sameStory[k] = v
	}
	return v
}

// later reports whether an article published at n came after one
// published at o, within supersedeWindow. Articles of one moment, or of
// unknown date, update nothing.
func later(n, o time.Time) bool {
	return !n.IsZero() && !o.IsZero() && n.After(o) && n.Sub(o) <= supersedeWindow
}

// oneStory reports whether two articles report the same event: alike
// enough in their headlines and leads, and sharing a name (a place, a
// person, an agency) other than a day or month. Two floods on one day in
// two countries share the words but not the names.
func oneStory(a, b newsbot.Article, idf func(string) float64) bool {
	if a.StoryID != 0 && a.StoryID == b.StoryID {
		return true
	}
	pa, pb := newProfile(a, idf), newProfile(b, idf)
	if similarity(pa, pb) < ClusterThreshold*2/3 {
		return false
	}
	for e := range pa.entities {
		if pb.entities[e] && !calendarWords[strings.ToLower(e)] {
			return true
		}
	}
	return false
}

// sentenceFacts are the figures and dates a sentence states, and those
// it says are earlier ones ("up from four", "earlier than the March
// date").
type sentenceFacts struct {
	toks   []token
	values []int // indexes into toks of the values stated
	old    []int // of these, the ones named as replaced
	newer  []int // for each old one, the value that replaces it, or -1
}

// token is a word of a sentence as read for its figures.
type token struct {
	word    string // lower case
	stem    string
	capital bool // capitalised inside the sentence: part of a name
	pause   bool // a comma or stop follows it
	value   string
	month   bool   // the value is a month, not a count
	sign    string // the sign written with a count: "%", "$", "£", "€"
}

// readFacts reads a sentence's values and update cues.
func readFacts(text string) sentenceFacts {
	var f sentenceFacts
	for i, field := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(field, `"“‘'(`))
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(field, `"”’')`))
		ws := words(field)
		for k, w := range ws {
			t := token{word: w, stem: porter.Stem(w), capital: i > 0 && unicode.IsUpper(r),
				pause: k == len(ws)-1 && strings.ContainsRune(",.;:!?—–", last)}
			if m, ok := months[w]; ok && (t.capital || i == 0) && !strings.ContainsAny(field, "'’") {
				// "November's 4.2%" is a figure of November, not a date.
				t.value, t.month = m, true
			} else if v, ok := countValue(w); ok && !year(w, field) && !scoreLike(field) {
				t.value, t.sign = v, sign(field)
			}
			f.toks = append(f.toks, t)
		}
	}
	for i, t := range f.toks {
		if t.value == "" {
			continue
		}
		if age(f.toks, i) {
			f.toks[i].value = "" // "died aged 81" counts nothing
			continue
		}
		if i+1 < len(f.toks) && magnitudes[f.toks[i+1].word] {
			f.toks[i].value += " " + f.toks[i+1].word // "two million" is not two
		}
		f.values = append(f.values, i)
		if namedOld(f.toks, i) {
			f.old = append(f.old, i)
		}
	}
	for _, k := range f.old {
		f.newer = append(f.newer, f.replacement(k))
	}
	return f
}

// age reports whether the count at i is someone's age: "aged 81", "at the
// age of 90", "a 27-year-old".
func age(toks []token, i int) bool {
	return i >= 1 && toks[i-1].word == "aged" ||
		i >= 2 && toks[i-1].word == "of" && toks[i-2].word == "age" ||
		i+2 < len(toks) && (toks[i+1].word == "year" || toks[i+1].word == "years") && toks[i+2].word == "old"
}

// fresh reports whether a cue gives the count at i as the current one:
// "now" beside it ("seven people are now known to have died", but not
// "between now and April"), or "rises to" before it.
func (f sentenceFacts) fresh(i int) bool {
	if i >= 2 && f.toks[i-1].word == "to" && freshVerbs[f.toks[i-2].word] {
		return true
	}
	for k := max(0, i-4); k < min(len(f.toks), i+5); k++ {
		if f.toks[k].word == "now" && (k == 0 || !notNow[f.toks[k-1].word]) {
			return true
		}
	}
	return false
}

// notNow stand before a "now" that is not a figure's present: "between
// now and April", "until now".
var notNow = map[string]bool{"between": true, "from": true, "until": true, "till": true, "for": true, "right": true, "just": true}

// states reports whether the sentence gives the value v: one that has the
// update already ("cut its share from 60% to 45%") is not out of date.
func (f sentenceFacts) states(v token) bool {
	return slices.ContainsFunc(f.values, func(i int) bool {
		t := f.toks[i]
		return t.value == v.value && t.month == v.month && t.sign == v.sign
	})
}

// replacement finds the value that replaces the old one at k: the
// nearest before it of the same kind and sign ("Seven people …, up from
// four", "February 24, …, earlier than the March date"), or else just
// after it ("rose from four to seven").
func (f sentenceFacts) replacement(k int) int {
	like := func(i int) bool {
		t, o := f.toks[i], f.toks[k]
		return t.value != "" && t.month == o.month && t.sign == o.sign && t.value != o.value && !slices.Contains(f.old, i)
	}
	for i := k - 1; i >= 0; i-- {
		if like(i) {
			return i
		}
	}
	for i := k + 1; i < min(len(f.toks), k+6); i++ {
		if like(i) {
			return i
		}
	}
	return -1
}

// namedOld reports whether the value at i is named as an earlier one: "up
// from four", "revised from 12", "earlier than the March date", "instead
// of March", "originally planned for March".
func namedOld(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].word == "the" || toks[j].word == "its" || toks[j].word == "their") {
		j--
	}
	if j < 1 {
		return j == 0 && (toks[0].word == "previously" || toks[0].word == "originally" || toks[0].word == "initially")
	}
	prev, before := toks[j].word, toks[j-1].word
	switch {
	case prev == "from" && changeVerbs[before]:
		return true
	case prev == "from":
		// "rises to seven from four", "to 40 dead from 35"
		for k := j - 1; k >= max(1, j-3); k-- {
			if toks[k].value != "" && toks[k-1].word == "to" {
				return true
			}
		}
	case prev == "than" && (before == "earlier" || before == "later" || before == "sooner" || before == "rather"):
		return true
	case prev == "of" && before == "instead":
		return true
	}
	for k := max(0, i-4); k < i; k++ {
		if w := toks[k].word; w == "previously" || w == "originally" || w == "initially" {
			return true
		}
	}
	return false
}

// replaces reports whether sentence n updates sentence o: n names as
// earlier a value o states, for the same measure, and states another of
// the same kind; or n gives a count as the current one ("now", "rises
// to") where o gives another count of the same things, counted the same
// way (the dead, not the rescued).
func replaces(n, o sentenceFacts) bool {
	for _, oi := range o.values {
		if slices.Contains(o.old, oi) {
			continue // o's own earlier figure
		}
		ov := o.toks[oi]
		// n names ov's figure as the earlier one, beside the one that
		// replaces it.
		for j, k := range n.old {
			kv := n.toks[k]
			if p := n.newer[j]; p >= 0 && kv.value == ov.value && kv.month == ov.month && kv.sign == ov.sign &&
				!o.states(n.toks[p]) && sameMeasure(n, p, o, oi) {
				return true
			}
		}
		if len(n.old) > 0 || ov.month {
			continue
		}
		// n gives a count as the current one, without naming the
		// earlier.
		for _, ni := range n.values {
			if nv := n.toks[ni]; !nv.month && nv.value != ov.value && n.fresh(ni) && !n.increment(ni) && sameCount(n, ni, o, oi) {
				return true
			}
		}
	}
	return false
}

// sameMeasure reports whether the value at ni of n and the one at oi of o
// measure the same thing: they share a common word nearby ("launch",
// "people"), and, where either says what happened to what it counts
// (killed, rescued, injured), the same thing happened.
func sameMeasure(n sentenceFacts, ni int, o sentenceFacts, oi int) bool {
	if !sameSubject(n, ni, o, oi) {
		return false
	}
	if a, b := n.kinds(ni), o.kinds(oi); a != 0 && b != 0 {
		return a&b != 0 // "40 dead" and "35 people were killed"
	}
	// "four days" is not "seven people"; "four people" is.
	if nu, ou := unit(n, ni), unit(o, oi); nu != "" && ou != "" {
		return nu == ou
	}
	// Otherwise words in common: the event a date is for ("held",
	// "launch"), two for a figure, as one ("growth", "hour") is as often
	// the topic's.
	need := 2
	if n.toks[ni].month {
		need = 1
	}
	near, shared := n.common(ni), 0
	for _, w := range o.common(oi) {
		if slices.Contains(near, w) {
			shared++
			near = slices.DeleteFunc(near, func(x string) bool { return x == w })
		}
	}
	return shared >= need
}

// sameCount is sameMeasure held to more for an update that does not name
// the figure it replaces: the same thing happened to what both count,
// said in both (died, killed, death toll).
func sameCount(n sentenceFacts, ni int, o sentenceFacts, oi int) bool {
	// "two million homes" are not "300 people"; "40 dead" may be "35
	// people killed".
	if nu, ou := unit(n, ni), unit(o, oi); nu != "" && ou != "" && nu != ou && countKinds[nu] == 0 && countKinds[ou] == 0 {
		return false
	}
	return sameSubject(n, ni, o, oi) && n.kinds(ni)&o.kinds(oi) != 0
}

// sameSubject reports whether two values could measure one thing: written
// with the same sign (4.4% is not four people), and, where both name who
// or what near the value, sharing a name ("Valdera's exports" are not
// "Ostland's exports", "12 Valderans" not the dead across the region).
func sameSubject(n sentenceFacts, ni int, o sentenceFacts, oi int) bool {
	if n.toks[ni].sign != o.toks[oi].sign {
		return false
	}
	a, b := n.names(ni), o.names(oi)
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, w := range a {
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// names lists the words of names (capitalised inside the sentence, not a
// day or month) near the value at i.
func (f sentenceFacts) names(i int) []string {
	var out []string
	for k := max(0, i-measureSpan); k < min(len(f.toks), i+measureSpan+1); k++ {
		if t := f.toks[k]; t.capital && t.value == "" && !calendarWords[t.word] && !stopWords[t.word] {
			out = append(out, t.stem)
		}
	}
	return out
}

// increment reports whether the count at i adds to an earlier one
// rather than giving the total: "three more people have now died",
// "another three". The earlier total still holds, as the base.
func (f sentenceFacts) increment(i int) bool {
	if i > 0 && f.toks[i-1].word == "another" {
		return true
	}
	return i+1 < len(f.toks) && (f.toks[i+1].word == "more" || f.toks[i+1].word == "additional" ||
		f.toks[i+1].word == "further" || f.toks[i+1].word == "other" || f.toks[i+1].word == "new")
}

// measureSpan is how many words either side of a value say what it
// measures.
const measureSpan = 8

// common lists the stems of the common words (no names, numbers, dates
// or reporting words) near the value at i.
func (f sentenceFacts) common(i int) []string {
	var out []string
	for k := max(0, i-measureSpan); k < min(len(f.toks), i+measureSpan+1); k++ {
		t := f.toks[k]
		if k == i || t.capital || t.value != "" || stopWords[t.word] || calendarWords[t.word] || vagueWords[t.word] ||
			changeVerbs[t.word] || freshVerbs[t.word] || len(t.word) < 3 {
			continue
		}
		out = append(out, t.stem)
	}
	return out
}

// kinds is what the words near the value at i say happened to what it
// counts, as a set of kind bits.
func (f sentenceFacts) kinds(i int) int {
	if u := unit(f, i); countKinds[u] != 0 {
		return countKinds[u] // "2,000 injured" are the injured, whoever died beside them
	}
	k := 0
	for j := max(0, i-measureSpan); j < min(len(f.toks), i+measureSpan+1); j++ {
		k |= countKinds[f.toks[j].stem]
	}
	return k
}

// unit is the stem of the thing a count counts, the word after it ("four
// people", "212 people"), if there is one ("up from four on Sunday", "has
// risen to 12, the ministry said" have none).
func unit(f sentenceFacts, i int) string {
	if f.toks[i].month || f.toks[i].pause || i+1 >= len(f.toks) {
		return ""
	}
	if magnitudes[f.toks[i+1].word] {
		i++ // "two million homes"
		if f.toks[i].pause || i+1 >= len(f.toks) {
			return ""
		}
	}
	t := f.toks[i+1]
	if t.value != "" || calendarWords[t.word] || stopWords[t.word] {
		return ""
	}
	return t.stem
}

// magnitudes scale the count before them.
var magnitudes = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// countValue reads a count written in digits ("212", "1,200" reaches here
// as "1200") or words ("four", "seventeen").
func countValue(w string) (string, bool) {
	if n, ok := numberWords[w]; ok {
		return strconv.Itoa(n), true
	}
	if w == "" || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) {
		return "", false
	}
	if f, err := strconv.ParseFloat(w, 64); err == nil {
		return strconv.FormatFloat(f, 'g', -1, 64), true
	}
	return "", false
}

// year reports whether a number is a year ("in 2019"), not a count:
// four digits from 1900 to 2100, written without a digit-group comma.
func year(w, field string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && n >= 1900 && n <= 2100 && !strings.Contains(field, ",")
}

// scoreLike reports whether a field is a score, odds, a ratio or a time
// ("3-1", "4/1", "10:30"), not a count.
func scoreLike(field string) bool {
	for i := 1; i+1 < len(field); i++ {
		if strings.ContainsRune("-/:–", rune(field[i])) && unicode.IsDigit(rune(field[i-1])) && unicode.IsDigit(rune(field[i+1])) {
			return true
		}
	}
	return false
}

// sign is the per cent or currency sign a count is written with: 4.4%
// is not four people, nor £4.85 4.85%.
func sign(field string) string {
	for _, c := range []string{"%", "$", "£", "€", "¥"} {
		if strings.Contains(field, c) {
			return c
		}
	}
	return ""
}

// numberWords are the counts written in words. "one" is left out: as often
// a pronoun ("one of its wheels", "one in eight").
var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12}

var months = map[string]string{"january": "1", "february": "2", "march": "3", "april": "4", "may": "5", "june": "6",
	"july": "7", "august": "8", "september": "9", "october": "10", "november": "11", "december": "12"}

// calendarWords name days and months: shared by any two reports of one
// week, they say nothing of a story or a measure.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "today": true, "yesterday": true, "tomorrow": true, "tonight": true}

// vagueWords are common near any figure or date and say nothing of what
// it measures.
var vagueWords = map[string]bool{"date": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "last": true, "next": true, "earlier": true,
	"later": true, "now": true, "since": true, "least": true, "about": true, "nearly": true, "almost": true,
	"around": true, "gave": true, "given": true, "known": true, "officials": true, "official": true,
	"previously": true, "originally": true, "initially": true, "instead": true, "rather": true, "sooner": true,
	"evening": true, "morning": true, "night": true, "overnight": true}

// changeVerbs stand before "from" in a figure's update: "up from four",
// "revised from 12".
var changeVerbs = map[string]bool{"up": true, "down": true, "revised": true, "raised": true, "lowered": true,
	"cut": true, "increased": true, "decreased": true, "rose": true, "fell": true, "risen": true, "fallen": true,
	"climbed": true, "jumped": true, "dropped": true, "rising": true, "falling": true, "changed": true,
	"moved": true, "brought": true, "pushed": true, "corrected": true, "upgraded": true, "downgraded": true}

// freshVerbs before "to" give a figure as the new one: "rises to seven".
var freshVerbs = map[string]bool{"rises": true, "rose": true, "risen": true, "climbs": true, "climbed": true,
	"jumps": true, "jumped": true, "falls": true, "fell": true, "fallen": true, "revised": true}

// countKinds are what happened to what a figure counts, by stem: the
// dead and the rescued are both "people", and neither updates the other.
var countKinds = func() map[string]int {
	m := map[string]int{}
	for kind, list := range []string{
		"kill killed die died dead death deaths toll fatal fatalities bodies body drown drowned",
		"injur injured hurt wound wounded hospital hospitalised hospitalized",
		"miss missing unaccounted",
		"rescu rescued rescuers pull pulled save saved airlift airlifted",
		"evacu evacuated homeless displac displaced forced fled flee shelter shelters",
		"arrest arrested detain detained",
	} {
		for _, w := range strings.Fields(list) {
			m[porter.Stem(w)] |= 1 << kind
		}
	}
	return m
}()

// leadWithUpdates orders the chosen sentences' articles so that one that
// updates another comes before it: the reader meets the story as it
// stands, then what else the earlier reports said. rank holds each
// article's place (its best chosen sentence's); it is rewritten in place.
func leadWithUpdates(rank map[int]int, c *currency) {
	if len(c.updates) == 0 {
		return
	}
	// Only the updates still shown count: a sentence taken in one round
	// may have given way in the next.
	updates := map[int][]int{}
	for _, n := range c.chosen {
		updates[n.art] = append(updates[n.art], c.updates[n]...)
	}
	order := make([]int, 0, len(rank))
	for a := range rank {
		order = append(order, a)
	}
	slices.SortFunc(order, func(a, b int) int { return rank[a] - rank[b] })
	// An update of an update moves ahead of both. Updates run forward in
	// time, so this settles.
	for range len(order) {
		moved := false
		for i := 0; i < len(order) && !moved; i++ {
			for _, o := range updates[order[i]] {
				if j := slices.Index(order, o); j >= 0 && j < i {
					a := order[i]
					order = slices.Insert(slices.Delete(order, i, i+1), j, a)
					moved = true
					break
				}
			}
		}
		if !moved {
			break
		}
	}
	for r, a := range order {
		rank[a] = r
	}
}
