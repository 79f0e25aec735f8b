package sqlite

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"unicode"
)

// Topic suggestions feed the Discord front end's autocompletion, which asks
// on every keystroke and must answer within three seconds, so each lookup is
// bounded: the FTS5 indexes narrow the candidates (newest rows first, which
// FTS5 walks without sorting), and Go does the exact matching and ranking.
const (
	suggestScan       = 400 // candidate rows read per index lookup
	suggestRecent     = 200 // articles behind the suggestions for a blank or one-letter prefix
	suggestMaxTitles  = 3   // whole titles among the suggestions
	suggestMaxRunes   = 100 // Discord's limit on a choice's name and value
	speakerWeight     = 3   // a speaker quoted in one article outranks a word in one title
	minIndexPrefixLen = 2   // shorter prefixes use the recent articles instead of the index
)

// SuggestTopics returns up to limit topics that complete prefix, best first:
// people quoted in the archive ("med" → "Dmitry Medvedev"), words and
// phrases of article titles ("syr" → "Syria"), and a few whole titles.
// Matching is by word prefix, case- and accent-insensitive: every typed word
// must begin a word of the suggestion, in order, the last one possibly
// unfinished. A blank prefix suggests what the newest articles are about.
func (d *DB) SuggestTopics(ctx context.Context, prefix string, limit int) ([]string, error) {
	if limit <= 0 {
		return nil, nil
	}
	typed := foldWords(prefix)
	if len(typed) > 6 {
		typed = typed[:6] // nobody autocompletes a paragraph
	}
	partial := len(typed) > 0 && !endsWithSpace(prefix)
	s := suggester{typed: typed, partial: partial, seen: map[string]*suggestion{}}

	short := len(typed) == 0 || len(typed) == 1 && partial && len([]rune(typed[0])) < minIndexPrefixLen
	var err error
	if short {
		err = s.recent(ctx, d.db)
	} else {
		err = s.indexed(ctx, d.db, typed[len(typed)-1])
		if err == nil && len(s.seen) < limit && partial && len([]rune(typed[len(typed)-1])) > 3 {
			// FTS5 stems prefix terms too ("runnin"* looks for "runnin",
			// but "running" is stored as "run"): retry on a stub that
			// no stemmer shortens past.
			err = s.indexed(ctx, d.db, string([]rune(typed[len(typed)-1])[:3]))
		}
	}
	if err != nil {
		return nil, internal("suggest topics", err)
	}
	return s.best(limit), nil
}

// suggestion is one candidate and how strongly the archive backs it.
type suggestion struct {
	text  string
	score int
	title bool // a whole title: shown after the words and names
	forms map[string]int
}

type suggester struct {
	typed   []string // folded words the user typed
	partial bool     // the last typed word may be unfinished
	seen    map[string]*suggestion
	// rows already counted, so the stemming retry does not count twice
	quotes, titles map[int64]bool
}

// recent draws candidates from the newest articles: their quoted speakers
// and their title words.
func (s *suggester) recent(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT q.id, q.article_id, q.speaker FROM quotes q
		WHERE q.article_id IN (SELECT id FROM articles ORDER BY id DESC LIMIT ?) AND q.speaker <> ''`, suggestRecent)
	if err != nil {
		return err
	}
	if err := s.addSpeakers(rows); err != nil {
		return err
	}
	rows, err = db.QueryContext(ctx, `SELECT id, title, outlet FROM articles ORDER BY id DESC LIMIT ?`, suggestRecent)
	if err != nil {
		return err
	}
	return s.addTitles(rows)
}

// indexed draws candidates through the full-text indexes: every typed word
// but the last must match a word exactly (as stemmed), the last (stub) as a
// prefix when the user may still be typing it.
func (s *suggester) indexed(ctx context.Context, db *sql.DB, stub string) error {
	terms := make([]string, 0, len(s.typed))
	for _, w := range s.typed[:len(s.typed)-1] {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	last := `"` + strings.ReplaceAll(stub, `"`, `""`) + `"`
	if s.partial {
		last += "*"
	}
	expr := strings.Join(append(terms, last), " AND ")

	rows, err := db.QueryContext(ctx, `SELECT q.id, q.article_id, q.speaker
		FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid
		WHERE quotes_fts MATCH ? ORDER BY quotes_fts.rowid DESC LIMIT ?`, "speaker : ("+expr+")", suggestScan)
	if err != nil {
		return err
	}
	if err := s.addSpeakers(rows); err != nil {
		return err
	}
	rows, err = db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet
		FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ?`, "title : ("+expr+")", suggestScan)
	if err != nil {
		return err
	}
	return s.addTitles(rows)
}

// addSpeakers counts each speaker whose name matches once per article.
func (s *suggester) addSpeakers(rows *sql.Rows) error {
	defer rows.Close()
	if s.quotes == nil {
		s.quotes = map[int64]bool{}
	}
	type perArticle struct {
		name    string
		article int64
	}
	counted := map[perArticle]bool{}
	for rows.Next() {
		var id, article int64
		var speaker string
		if err := rows.Scan(&id, &article, &speaker); err != nil {
			return err
		}
		if s.quotes[id] {
			continue
		}
		s.quotes[id] = true
		speaker = strings.Join(strings.Fields(speaker), " ")
		key := perArticle{strings.Join(foldWords(speaker), " "), article}
		if key.name == "" || counted[key] || !s.matches(foldWords(speaker), false) {
			continue
		}
		counted[key] = true
		s.add(speaker, speakerWeight, false)
	}
	return rows.Err()
}

// addTitles counts, per title, the phrases as long as what was typed (a
// single word for one typed word) that match, and the title itself.
func (s *suggester) addTitles(rows *sql.Rows) error {
	defer rows.Close()
	if s.titles == nil {
		s.titles = map[int64]bool{}
	}
	for rows.Next() {
		var id int64
		var title, outlet string
		if err := rows.Scan(&id, &title, &outlet); err != nil {
			return err
		}
		if s.titles[id] {
			continue
		}
		s.titles[id] = true
		title = withoutOutlet(strings.Join(strings.Fields(title), " "), outlet)
		words := titleWords(title)
		outletKey := strings.Join(foldWords(outlet), " ")
		n := max(1, len(s.typed))
		counted := map[string]bool{}
		for i := 0; i+n <= len(words); i++ {
			phrase := words[i : i+n]
			if isSuggestStopWord(phrase[0].folded) || isSuggestStopWord(phrase[n-1].folded) ||
				len([]rune(phrase[n-1].folded)) < 2 {
				continue
			}
			folded := make([]string, n)
			shown := make([]string, n)
			for j, w := range phrase {
				folded[j], shown[j] = w.folded, w.text
			}
			key := strings.Join(folded, " ")
			if counted[key] || key == outletKey || len(s.typed) > 0 && !s.matches(folded, true) {
				continue
			}
			counted[key] = true
			s.add(strings.Join(shown, " "), 1, false)
		}
		if len(s.typed) > 0 && s.matches(foldWords(title), false) {
			s.add(shortenChoice(title), 0, true)
		}
	}
	return rows.Err()
}

// matches reports whether the typed words begin words of cand in order:
// anchored at cand's first word when exact, anywhere otherwise ("annan"
// matches "Kofi Annan").
func (s *suggester) matches(cand []string, anchored bool) bool {
	if len(s.typed) == 0 {
		return true
	}
	for start := 0; start+len(s.typed) <= len(cand); start++ {
		ok := true
		for j, w := range s.typed {
			c := cand[start+j]
			if j == len(s.typed)-1 && s.partial {
				ok = strings.HasPrefix(c, w)
			} else {
				ok = c == w
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
		if anchored {
			return false
		}
	}
	return false
}

// add counts a candidate under its folded form, remembering the most
// frequent way it was written ("Syria", not "SYRIA").
func (s *suggester) add(text string, score int, title bool) {
	key := strings.Join(foldWords(text), " ")
	if key == "" {
		return
	}
	c := s.seen[key]
	if c == nil {
		c = &suggestion{text: text, title: title, forms: map[string]int{}}
		s.seen[key] = c
	}
	if !title {
		c.title = false // a name or a phrase that is also a whole title ranks as a name
	}
	c.score += score
	c.forms[text]++
	if n := c.forms[text]; n > c.forms[c.text] || n == c.forms[c.text] && text < c.text {
		c.text = text
	}
}

// best ranks the candidates: names and phrases by how much of the archive
// backs them, then a few whole titles.
func (s *suggester) best(limit int) []string {
	all := make([]*suggestion, 0, len(s.seen))
	for _, c := range s.seen {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.title != b.title {
			return !a.title
		}
		if a.score != b.score {
			return a.score > b.score
		}
		if la, lb := len(a.text), len(b.text); la != lb {
			return la < lb
		}
		return a.text < b.text
	})
	out := make([]string, 0, min(limit, len(all)))
	titles := 0
	for _, c := range all {
		if len(out) == limit {
			break
		}
		if c.title {
			if titles == suggestMaxTitles {
				continue
			}
			titles++
		}
		out = append(out, c.text)
	}
	return out
}

type titleWord struct{ text, folded string }

// titleWords splits a title into words, keeping apostrophes and hyphens
// inside words ("Assad's", "al-Assad") and dropping other punctuation.
func titleWords(title string) []titleWord {
	var out []titleWord
	for _, f := range strings.Fields(title) {
		text := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if text == "" {
			continue
		}
		if strings.Contains(text, ".") && strings.HasSuffix(f, ".") {
			text += "." // "U.S."
		}
		// "U.S.", "al-Assad", "Syria's": one word, matched without its inner punctuation.
		out = append(out, titleWord{text: text, folded: strings.Join(foldWords(text), "")})
	}
	return out
}

// withoutOutlet drops an outlet's name tacked onto a headline:
// "Storm hits coast - BBC News", "Reuters | Storm hits coast".
func withoutOutlet(title, outlet string) string {
	outlet = strings.TrimSpace(outlet)
	if outlet == "" {
		return title
	}
	for _, sep := range []string{" - ", " | ", " — ", " – ", ": "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), outlet) {
			return strings.TrimSpace(title[:i])
		}
		if i := strings.Index(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[:i]), outlet) {
			return strings.TrimSpace(title[i+len(sep):])
		}
	}
	return title
}

// shortenChoice cuts a title to Discord's 100-character choice limit at a
// word boundary. No ellipsis: the choice becomes the topic searched for.
func shortenChoice(s string) string {
	r := []rune(s)
	if len(r) <= suggestMaxRunes {
		return s
	}
	cut := suggestMaxRunes
	for cut > 0 && r[cut] != ' ' {
		cut--
	}
	if cut == 0 {
		cut = suggestMaxRunes
	}
	return strings.TrimRight(string(r[:cut]), " ,;:—–-")
}

func endsWithSpace(s string) bool {
	return s != "" && unicode.IsSpace([]rune(s)[len([]rune(s))-1])
}

// foldWords lower-cases s, strips the common Latin accents (as the FTS5
// tokenizer's remove_diacritics does) and splits it into words of letters
// and digits.
func foldWords(s string) []string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

var latinFold = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ł': "l", 'ı': "i"}
	for base, accented := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįİ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏő",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()

// isSuggestStopWord reports words that never begin or end a suggestion.
func isSuggestStopWord(w string) bool { return suggestStopWords[w] }

var suggestStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an and are as at be but by can for from has have he her his how if in into
		is it its new not of on or over says said she than that the their them they this to up was we were what
		when where which who why will with after amid as about against back more out off first last says say`) {
		m[w] = true
	}
	return m
}()
