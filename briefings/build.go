package briefings

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings/porter"
)

// Options bound a briefing.
type Options struct {
	Articles     int           // articles read per briefing
	MinSentences int           // shown when that many fit the topic
	MaxSentences int           // never more
	MaxQuotes    int           // key quotes shown
	HalfLife     time.Duration // recency: an article this old weighs 3/4 of a new one
	Weights      Weights
}

// DefaultOptions are used when an Options field is zero.
var DefaultOptions = Options{
	Articles:     12,
	MinSentences: 3,
	MaxSentences: 5,
	MaxQuotes:    4,
	HalfLife:     72 * time.Hour,
	Weights:      DefaultWeights,
}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.Articles > 0 {
		d.Articles = o.Articles
	}
	if o.MinSentences > 0 {
		d.MinSentences = o.MinSentences
	}
	if o.MaxSentences > 0 {
		d.MaxSentences = o.MaxSentences
	}
	if o.MaxQuotes > 0 {
		d.MaxQuotes = o.MaxQuotes
	}
	if o.HalfLife > 0 {
		d.HalfLife = o.HalfLife
	}
	if o.Weights != (Weights{}) {
		d.Weights = o.Weights
	}
	return d
}

// Engine builds briefings from the archive.
type Engine struct {
	Store   newsbot.ArticleStore
	Options Options
}

// Brief answers a topic question. A topic with no words is EINVALID; a
// topic nothing in the archive matches is ENOTFOUND, with a message that
// says so and suggests what to try.
func (e *Engine) Brief(ctx context.Context, text string, now time.Time) (newsbot.Briefing, error) {
	topic := newsbot.ParseTopicWithin(text)
	if topic.Empty() {
		return newsbot.Briefing{}, newsbot.Errorf(newsbot.EINVALID, "Tell me what the briefing should be about, for example `brief syria`.")
	}
	opt := e.Options.withDefaults()
	topic = e.Respell(ctx, topic).From(now)
	hits, err := e.Store.SearchArticles(ctx, topic, opt.Articles*3)
	if err != nil {
		return newsbot.Briefing{}, fmt.Errorf("brief %q: %w", topic.Text, err)
	}
	if len(hits) == 0 {
		return newsbot.Briefing{}, newsbot.Errorf(newsbot.ENOTFOUND, "Nothing in the archive matches “%s”.", topic.Text)
	}
	ranked := limitStories(RankHits(hits, now, opt.HalfLife), opt.Articles)
	more, err := e.followUpCandidates(ctx, topic, hits, now, opt)
	if err != nil {
		return newsbot.Briefing{}, fmt.Errorf("brief %q: %w", topic.Text, err)
	}
	followUp := make(map[newsbot.ArticleID]bool, len(more))
	for _, h := range more {
		followUp[h.ID] = true
	}
	ranked = append(ranked, more...)
	ids := make([]newsbot.ArticleID, len(ranked))
	weight := make(map[newsbot.ArticleID]float64, len(ranked))
	for i, h := range ranked {
		ids[i] = h.ID
		weight[h.ID] = h.Score
	}
	articles, err := e.Store.Articles(ctx, ids)
	if err != nil {
		return newsbot.Briefing{}, fmt.Errorf("brief %q: %w", topic.Text, err)
	}
	var all []string
	for _, a := range articles {
		for _, s := range a.Sentences {
			all = append(all, s.Terms...)
		}
	}
	df, n, err := e.Store.DocumentFrequencies(ctx, all)
	if err != nil {
		return newsbot.Briefing{}, fmt.Errorf("brief %q: %w", topic.Text, err)
	}
	idf := ArchiveIDF(df, n)
	articles, followUps := keepFollowUps(articles, followUp, idf)
	articles, others, moreStories := leadStory(topic, articles, weight, idf)
	cands := make([]Candidate, len(articles))
	for i, a := range articles {
		cands[i] = Candidate{Article: a, Weight: weight[a.ID]}
	}
	b := Build(topic, cands, idf, opt)
	b.Generated = now
	b.Period = topic.Period
	b.Matched = len(hits) + followUps
	b.Others, b.MoreStories = others, moreStories
	for i := range b.Others {
		if b.Others[i].Topic != "" && topic.Span != "" {
			b.Others[i].Topic += " " + topic.Span // the same question, narrower
		}
	}
	return b, nil
}

// Respell writes a topic's compounds the way the archive does: a word no
// article contains, but whose two halves both occur, becomes the two
// words ("ceasefire" finds "cease-fire"), and two words the archive
// prints as one are joined ("cease-fire" finds "ceasefire"). Words the
// archive knows, and topics it cannot read the statistics for, are left
// as typed.
func (e *Engine) Respell(ctx context.Context, topic newsbot.Topic) newsbot.Topic {
	var ask []string
	// Numbers are never joined: "8,000" reaches here as "8", "000".
	joinable := func(i int) bool {
		return i+1 < len(topic.Words) && !strings.ContainsFunc(topic.Words[i]+topic.Words[i+1], unicode.IsDigit)
	}
	for i, w := range topic.Words {
		if joinable(i) {
			ask = append(ask, Terms(w+topic.Words[i+1])...)
		}
		ask = append(ask, Terms(w)...)
		for _, h := range halves(w) {
			ask = append(ask, Terms(h[0])...)
			ask = append(ask, Terms(h[1])...)
		}
	}
	df, _, err := e.Store.DocumentFrequencies(ctx, ask)
	if err != nil || len(df) == 0 {
		return topic
	}
	known := func(w string) bool {
		ts := Terms(w)
		for _, t := range ts {
			if df[t] == 0 {
				return false
			}
		}
		return len(ts) > 0
	}
	out := topic
	out.Words = nil
	changed := false
	for i := 0; i < len(topic.Words); i++ {
		w := topic.Words[i]
		// "cease-fire" reaches here as "cease", "fire".
		if joinable(i) && (!known(w) || !known(topic.Words[i+1])) && known(w+topic.Words[i+1]) {
			out.Words, changed = append(out.Words, w+topic.Words[i+1]), true
			i++
			continue
		}
		out.Words = append(out.Words, w)
		if known(w) {
			continue
		}
		for _, h := range halves(w) {
			if known(h[0]) && known(h[1]) {
				out.Words[len(out.Words)-1], changed = h[0]+" "+h[1], true
				break
			}
		}
	}
	if !changed {
		return topic
	}
	return out
}

// halves lists the ways to cut a word of letters into two of at least
// three letters each, longest first half first.
func halves(w string) [][2]string {
	r := []rune(w)
	if len(r) < 6 || strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) {
		return nil
	}
	var out [][2]string
	for i := len(r) - 3; i >= 3; i-- {
		out = append(out, [2]string{string(r[:i]), string(r[i:])})
	}
	return out
}

// ArchiveIDF weighs a term by how few archived articles contain it.
func ArchiveIDF(df map[string]int, articles int) func(string) float64 {
	n := float64(articles)
	return func(t string) float64 { return math.Log((n+1)/(float64(df[t])+0.5)) + 1 }
}

// RankHits orders search hits by relevance and recency: each BM25 score,
// scaled to the best one, is weighted by age so that an article HalfLife
// old counts 3/4 as much as a new one and a very old one half as much.
// The returned Score is that combined weight, in (0, 1].
func RankHits(hits []newsbot.ArticleHit, now time.Time, halfLife time.Duration) []newsbot.ArticleHit {
	out := slices.Clone(hits)
	best := 0.0
	for _, h := range out {
		best = max(best, h.Score)
	}
	for i := range out {
		rel := 1.0
		if best > 0 {
			rel = out[i].Score / best
		}
		recency := 0.5
		if p := out[i].Published; !p.IsZero() {
			age := max(now.Sub(p), 0)
			recency = 0.5 + 0.5*math.Exp2(-float64(age)/float64(halfLife))
		}
		out[i].Score = rel * recency
	}
	slices.SortStableFunc(out, func(a, b newsbot.ArticleHit) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// limitStories keeps the hits of the best n stories. Copies of a story (a
// wire report carried by several outlets, see Article.StoryID) do not count
// against n: each is read, so that every outlet that printed a chosen
// sentence is cited.
func limitStories(ranked []newsbot.ArticleHit, n int) []newsbot.ArticleHit {
	stories := make(map[newsbot.ArticleID]bool, n)
	out := ranked[:0:0]
	for _, h := range ranked {
		story := h.StoryID
		if story == 0 {
			story = h.ID
		}
		if !stories[story] {
			if len(stories) == n {
				continue
			}
			stories[story] = true
		}
		out = append(out, h)
	}
	return out
}

// Candidate is an article read for a briefing, with its retrieval weight.
type Candidate struct {
	Article newsbot.Article
	Weight  float64 // from RankHits, in (0, 1]
}

// scored is one candidate sentence.
type scored struct {
	art, idx   int // candidate and sentence index
	score      float64
	standalone float64 // see standalone
	vec        vector
	citations  []int  // candidates that published it, word for word
	text       string // its words, for telling copies apart (see sameWords)
}

// sameWords reduces a sentence to its words in lower case, so that copies
// that differ only in quote marks, dashes or spacing are the same text,
// and any other difference (a word, a date) is not: a sentence is cited
// to a source only when that source printed it.
func sameWords(s string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return b.String()
}

// Build selects, orders and cites a briefing's sentences and quotes. It is
// deterministic: the same inputs give the same briefing.
func Build(topic newsbot.Topic, cands []Candidate, idf func(string) float64, opt Options) newsbot.Briefing {
	opt = opt.withDefaults()
	b := newsbot.Briefing{Topic: topic.Text, Matched: len(cands)}
	topicTerms := Terms(strings.Join(topic.Words, " "))
	if idf == nil {
		// No archive statistics: weigh terms by the candidates' sentences.
		var sents [][]string
		for _, c := range cands {
			for _, s := range c.Article.Sentences {
				sents = append(sents, s.Terms)
			}
		}
		idf = sentenceIDF(sents)
	}
	var unlike []map[string]bool
	cands, b.Missing, unlike = coverTopic(topic, cands, idf)
	pool := scoreSentences(topicTerms, cands, unlike, idf, opt.Weights)

	// Say each thing once: a sentence that is mostly a person's key quote
	// is shown as that quote, under the speaker's full name, and a summary
	// sentence of its own takes its place; a quote that a summary sentence
	// still holds whole (an institution's announcement, which reads best as
	// the news it is, or all the article had to say) is left out.
	quotes := selectQuotes(topicTerms, cands, opt.MaxQuotes, idf, nil)
	if rest := slices.DeleteFunc(slices.Clone(pool), func(s *scored) bool { return mostlyQuoted(s.text, quotes) }); len(rest) > 0 {
		pool = rest
	}
	// A story's older figure or plan, which a later report of it replaces,
	// is left out (see selectCurrent).
	chosen, current := selectCurrent(pool, cands, idf, opt)
	// The quotes again, the next best taking the place of any left out.
	// A paraphrase that says what a chosen sentence says in other words
	// (another outlet's "X has won, according to preliminary results"
	// under "X won with 53.4%") is left out too: it is the same fact, not
	// someone's voice. So is one that says what a chosen sentence updates.
	quotes = selectQuotes(topicTerms, cands, opt.MaxQuotes, idf, func(q quoteCand) bool {
		if current.outdated(q.art, nil, q.quote.Text) {
			return true
		}
		var v vector
		if q.quote.Kind == newsbot.Indirect {
			v = newVector(Terms(TrimDateline(q.quote.Text)), idf)
		}
		return slices.ContainsFunc(chosen, func(s *scored) bool {
			return holdsQuote(s.text, q) || q.quote.Kind == newsbot.Indirect && cosine(s.vec, v) >= tooSimilar
		})
	})
	// Read well: articles in the order of their best chosen sentence, each
	// article's sentences in the order it printed them, and a report that
	// updates another before it.
	firstRank := map[int]int{}
	for r, s := range chosen {
		if _, ok := firstRank[s.art]; !ok {
			firstRank[s.art] = r
		}
	}
	leadWithUpdates(firstRank, current)
	slices.SortStableFunc(chosen, func(x, y *scored) int {
		if c := cmp.Compare(firstRank[x.art], firstRank[y.art]); c != 0 {
			return c
		}
		return cmp.Compare(x.idx, y.idx)
	})

	cite := citer{b: &b, cands: cands, num: map[int]int{}}
	for _, s := range chosen {
		bs := newsbot.BriefSentence{Text: TrimDateline(trimBullet(cands[s.art].Article.Sentences[s.idx].Text))}
		for _, c := range s.citations {
			bs.Citations = append(bs.Citations, cite.number(c))
		}
		slices.Sort(bs.Citations) // [1][2], not [2][1]
		b.Sentences = append(b.Sentences, bs)
	}
	for _, q := range quotes {
		b.Quotes = append(b.Quotes, newsbot.BriefQuote{Quote: q.quote, Citation: cite.number(q.art)})
	}
	return b
}

// coverTopic weighs each candidate by how much of the topic it is about,
// each topic term by its idf, so that for "ukraine war" an article on
// Ukraine outranks one on some other war that merely ranked well; and it
// returns the topic's words that no candidate contains, for the briefing
// to say so rather than pass off another subject as the answer. unlike
// holds, for each candidate, the topic terms it has only as another word
// (see termForm.counts): they count neither for it nor for its sentences.
func coverTopic(topic newsbot.Topic, cands []Candidate, idf func(string) float64) (out []Candidate, missing []string, unlike []map[string]bool) {
	has := make([]map[string]bool, len(cands))
	for i, c := range cands {
		has[i] = map[string]bool{}
		for _, t := range Terms(c.Article.Title) {
			has[i][t] = true
		}
		for _, s := range c.Article.Sentences {
			for _, t := range s.Terms {
				has[i][t] = true
			}
		}
	}
	for _, w := range topic.Words {
		terms := Terms(w)
		if len(terms) == 0 {
			continue
		}
		found := false
		for i := range cands {
			for _, t := range terms {
				found = found || has[i][t]
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	topicTerms := Terms(strings.Join(topic.Words, " "))
	unlike = make([]map[string]bool, len(cands))
	forms := make([][]termForm, len(cands))
	for i, c := range cands {
		forms[i] = topicForms(c.Article, topicTerms)
	}
	for _, w := range topic.Words {
		for _, typed := range words(w) {
			t := porter.Stem(typed)
			if !slices.Contains(topicTerms, t) {
				continue
			}
			name := false
			switch {
			case slices.ContainsFunc(forms, func(fs []termForm) bool { return slices.Contains(fs, termForm{t, typed, formCommon}) }):
			case slices.ContainsFunc(forms, func(fs []termForm) bool { return slices.Contains(fs, termForm{t, typed, formName}) }):
				name = true
			default:
				continue // the word asked for is in no candidate as such
			}
			for i := range cands {
				if has[i][t] && !slices.ContainsFunc(forms[i], func(f termForm) bool { return f.term == t && f.counts(typed, name) }) {
					has[i][t] = false
					if unlike[i] == nil {
						unlike[i] = map[string]bool{}
					}
					unlike[i][t] = true
				}
			}
		}
	}
	out = slices.Clone(cands)
	for i := range out {
		all, hit := 0.0, 0.0
		for _, t := range topicTerms {
			all += idf(t)
			if has[i][t] {
				hit += idf(t)
			}
		}
		switch {
		case hit == 0 && unlike[i] != nil:
			// Only a look-alike of the topic ("Ferris" for "ferry"): not
			// about it at all.
			out[i].Weight = 0
		case all > 0:
			out[i].Weight *= 0.25 + 0.75*hit/all
		}
	}
	return out, missing, unlike
}

// termForm is a word of an article that stems to a topic term, and how it
// is written: in lower case (a common word), capitalised inside a
// sentence (a name), or capitalised where grammar asks for it (a
// sentence's first word, a headline), which could be either.
type termForm struct {
	term, word string
	class      int
}

const (
	formCommon = iota
	formName
	formEither
)

// counts reports whether the form stands for the word asked for, read as
// a name or as a common word. "ferry" and the footballer "Ferris" stem
// alike; for "ferry strike" a match report where Ferris scored and a goal
// was a "curling strike" covers the topic only by that accident, and for
// "ferris" a ferry story does not name him.
func (f termForm) counts(typed string, name bool) bool {
	if f.word == typed {
		return true
	}
	if name {
		return f.class == formName
	}
	return f.class != formName
}

// topicForms lists how an article writes the words that stem to the
// topic's terms.
func topicForms(a newsbot.Article, topicTerms []string) []termForm {
	var out []termForm
	add := func(text string, headline bool) {
		fields := strings.Fields(text)
		for j, f := range fields {
			class := formCommon
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, `"“‘'(`)); unicode.IsUpper(r) {
				class = formName
				if headline || j == 0 || strings.ContainsAny(fields[j-1][len(fields[j-1])-1:], ".!?:") || strings.ContainsAny(f[:1], `"“‘'(`) {
					class = formEither
				}
			}
			for _, w := range words(f) {
				if t := porter.Stem(w); !stopWords[w] && slices.Contains(topicTerms, t) {
					if tf := (termForm{t, w, class}); !slices.Contains(out, tf) {
						out = append(out, tf)
					}
				}
			}
		}
	}
	add(a.Title, true)
	for _, s := range a.Sentences {
		add(TrimDateline(s.Text), false) // "KELLPORT (Wire) — Ferry crossings": a sentence's first word
	}
	return out
}

// citer numbers sources in the order they are first cited.
type citer struct {
	b     *newsbot.Briefing
	cands []Candidate
	num   map[int]int
}

func (c *citer) number(art int) int {
	if n, ok := c.num[art]; ok {
		return n
	}
	a := c.cands[art].Article
	src := newsbot.Source{ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
	if a.HasURL() {
		src.URL = a.URL
	}
	c.b.Sources = append(c.b.Sources, src)
	c.num[art] = len(c.b.Sources)
	return c.num[art]
}

// scoreSentences gives every fit sentence of every candidate a score from
// its standing in its own article, its match to the topic and how much the
// other articles say the same, weighted by the article's retrieval weight.
func scoreSentences(topic []string, cands []Candidate, unlike []map[string]bool, idf func(string) float64, w Weights) []*scored {
	var pool []*scored
	perArticle := make([][]*scored, len(cands))
	for ai, c := range cands {
		if c.Weight == 0 {
			continue // not about the topic (see coverTopic)
		}
		a := c.Article
		sents := make([][]string, len(a.Sentences))
		unfit := make([]bool, len(a.Sentences))
		for i, s := range a.Sentences {
			sents[i] = s.Terms
			unfit[i] = s.Boilerplate || listEntry(s.Text)
		}
		single := ScoreArticle(Terms(a.Title), sents, unfit, idf, w)
		for i, s := range a.Sentences {
			if unfit[i] || single[i] == 0 {
				continue
			}
			sc := &scored{art: ai, idx: i, vec: newVector(s.Terms, idf), citations: []int{ai}, text: sameWords(TrimDateline(s.Text))}
			sc.score = single[i] // provisional; combined below
			sc.standalone = standalone(s, a.Quotes)
			perArticle[ai] = append(perArticle[ai], sc)
			pool = append(pool, sc)
		}
	}
	for _, s := range pool {
		terms := cands[s.art].Article.Sentences[s.idx].Terms
		if unlike[s.art] != nil {
			terms = slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return unlike[s.art][t] })
		}
		rel := topicMatch(topic, terms, idf)
		cross := 0.0
		if len(cands) > 1 {
			// Mean over the other articles of the best match there: a
			// sentence many outlets echo is central to the story.
			for ai, others := range perArticle {
				if ai == s.art {
					continue
				}
				best := 0.0
				for _, o := range others {
					best = max(best, cosine(s.vec, o.vec))
				}
				cross += best
			}
			cross /= float64(len(cands) - 1)
		}
		s.score = cands[s.art].Weight * s.standalone * (0.45*s.score + 0.35*rel + 0.2*cross + 0.1)
		if unlike[s.art] != nil && rel == 0 {
			// An article that matched partly by a look-alike ("Ferris"
			// for "ferry strike") is shown only where it meets the rest
			// of the topic ("a curling strike").
			s.score = -1
		}
	}
	pool = slices.DeleteFunc(pool, func(s *scored) bool { return s.score < 0 })
	slices.SortStableFunc(pool, func(a, b *scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.art, b.art); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
	return pool
}

// standalone discounts sentences that make little sense lifted out of
// their article: speech whose speaker is named in another sentence (the
// quote is shown with its speaker instead), half of a quotation split
// across sentences, and sentences that lean on the one before
// ("Therefore, he said ...", "But it ...").
func standalone(s newsbot.Sentence, quotes []newsbot.Quote) float64 {
	for _, q := range quotes {
		covered := min(q.Content.End, s.End) - max(q.Content.Start, s.Start)
		inside := q.MentionSpan.Start >= s.Start && q.MentionSpan.End <= s.End && q.MentionSpan.End > 0
		if covered*10 >= (s.End-s.Start)*8 && !inside {
			return 0.3
		}
	}
	if halfQuotation(s.Text) {
		return 0.3
	}
	first := strings.ToLower(strings.Trim(strings.SplitN(s.Text, " ", 2)[0], `,.;:"“'‘`))
	// "It’s", "They're", "That's": the pronoun before the apostrophe.
	if i := strings.IndexAny(first, "'’"); i > 0 {
		first = first[:i]
	}
	if leansBack[first] {
		return 0.75
	}
	return 1
}

// halfQuotation reports whether a sentence opens a quotation it does not
// close, or closes one it did not open: a quotation of two sentences split
// between them ("Jean Abbot said: “This isn't over." / "We will fight it
// in the courts.”"). Shown alone, one ends mid-quote and the other has no
// speaker. Straight marks, which open and close alike, count as balanced
// when they pair up. Single marks, as British outlets quote (“Ms Abbot
// said: ‘This isn’t over.”), count too, though ’ is also the apostrophe:
// ‘ opens where a word starts, an open ‘ is closed by the next ’ that
// ends a word, and a ’ after a sentence's closing punctuation (“courts.’”)
// closes a quotation even when none was opened; any other ’ ("isn’t",
// "the workers’ pay") is an apostrophe.
func halfQuotation(s string) bool {
	depth, singles := 0, 0
	prev := ' '
	rs := []rune(s)
	for i, r := range rs {
		next := ' '
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case '“':
			depth++
		case '”':
			if depth == 0 {
				return true
			}
			depth--
		case '‘':
			if unicode.IsSpace(prev) || strings.ContainsRune("([—–:“\"", prev) {
				singles++
			}
		case '’':
			switch {
			case unicode.IsLetter(next) || unicode.IsDigit(next):
				// inside a word: "isn’t"
			case singles > 0:
				singles--
			case strings.ContainsRune(".,!?…", prev):
				return true
			}
		}
		prev = r
	}
	return depth != 0 || singles != 0 || strings.Count(s, `"`)%2 == 1
}

// listEntry reports whether a sentence is an entry of a list rather than
// prose: a bulleted line that does not end like a sentence ("• Hardware
// revenue down 4%", "- Rail line closed until Thursday"), or a line-up of
// names after a label ("Dunmore Athletic: Roe; Sutter, King; …"). Shown
// in a briefing it reads as a fragment, bullet and all.
func listEntry(s string) bool {
	s = strings.TrimSpace(s)
	if trimBullet(s) != s {
		last, _ := utf8.DecodeLastRuneInString(s)
		return !strings.ContainsRune(".!?\"”’)…", last)
	}
	label, rest, ok := strings.Cut(s, ":")
	return ok && len(strings.Fields(label)) <= 4 && strings.Count(rest, ";") >= 2 && titleCased(rest)
}

// trimBullet returns a sentence without the list bullet it opens with, so
// that a bulleted sentence is not shown with two bullets.
func trimBullet(s string) string {
	for _, b := range []string{"• ", "· ", "▪ ", "◦ ", "- ", "– ", "— ", "* "} {
		if rest, ok := strings.CutPrefix(s, b); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimLeft(rest, " ")
		}
	}
	return s
}

// leansBack are sentence openers that refer to what came before.
var leansBack = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "that": true, "these": true, "those": true,
	"i": true, "we": true, "but": true, "and": true, "so": true, "therefore": true, "however": true, "also": true,
	"meanwhile": true, "still": true, "yet": true, "instead": true, "thus": true, "then": true, "as": true, "his": true,
	"her": true, "their": true, "its": true, "there": true,
}

// topicMatch is the share of the topic's terms the sentence contains,
// each weighed by its idf: in "ukraine war" a sentence on Ukraine matches
// more of the question than one on some war.
func topicMatch(topic, sentence []string, idf func(string) float64) float64 {
	if len(topic) == 0 {
		return 0
	}
	hit, all := 0.0, 0.0
	for _, t := range topic {
		w := idf(t)
		all += w
		if slices.Contains(sentence, t) {
			hit += w
		}
	}
	if all == 0 {
		return 0
	}
	return hit / all
}

// Redundancy thresholds, by cosine similarity of term vectors.
const (
	sameSentence = 0.6  // another outlet said the same thing: cite it too
	tooSimilar   = 0.45 // says mostly the same: skip
)

// selectSentences takes the best sentences in turn, merging a sentence
// another outlet also printed into one with both citations and skipping
// sentences too close to one already taken. After MinSentences it stops at
// the first sentence scoring under half the best.
func selectSentences(pool []*scored, opt Options) []*scored {
	var chosen []*scored
	for _, s := range pool {
		if len(chosen) >= opt.MaxSentences {
			break
		}
		if len(chosen) >= opt.MinSentences && s.score < 0.5*chosen[0].score {
			break
		}
		redundant := false
		for _, c := range chosen {
			sim := cosine(s.vec, c.vec)
			if sim >= sameSentence && s.art != c.art && !slices.Contains(c.citations, s.art) && s.text == c.text {
				c.citations = append(c.citations, s.art)
			}
			if sim >= tooSimilar {
				redundant = true
				break
			}
		}
		if !redundant {
			chosen = append(chosen, s)
		}
	}
	// A later duplicate of a chosen sentence, outside the loop's reach
	// (it scored lower than the last one taken), still earns its citation.
	for _, s := range pool {
		for _, c := range chosen {
			if s != c && s.art != c.art && !slices.Contains(c.citations, s.art) && s.text == c.text {
				c.citations = append(c.citations, s.art)
			}
		}
	}
	return chosen
}

type quoteCand struct {
	quote newsbot.Quote
	art   int
	score float64
	words string   // sameWords of the quote's text
	parts []string // sameWords of each part the quote joins with " … "
}

// holdsQuote reports whether a sentence (its sameWords) holds every part
// of a quote. A statement whose speaker stands in its middle ("Seven
// people have died, the agency said on Monday, up from four") is stored
// as its parts joined by " … ", whose words are in no sentence in a row;
// the sentence that prints them still says it all.
func holdsQuote(sentence string, q quoteCand) bool {
	for _, p := range q.parts {
		if !holdsWords(sentence, p) {
			return false
		}
	}
	return len(q.parts) > 0
}

// quoteParts splits a quote's text at the " … " that joins its parts,
// without the wire dateline a statement in a story's first sentence
// starts with (the sentence is compared without it, see TrimDateline).
func quoteParts(text string) []string {
	var out []string
	for _, p := range strings.Split(TrimDateline(text), "…") {
		if w := sameWords(p); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// holdsWords reports whether the words of a sentence, as sameWords gives
// them, hold the words of a quote in a row.
func holdsWords(sentence, quote string) bool {
	return quote != "" && strings.Contains(" "+sentence, " "+quote)
}

// mostlyQuoted reports whether a sentence (its sameWords) holds whole one
// of the quotes of a person and is no more than twice that quote's words,
// as in "Medvedev said this could be the last chance for peace.": the key
// quote says it under the speaker's full name.
func mostlyQuoted(sentence string, quotes []quoteCand) bool {
	n := strings.Count(sentence, " ")
	return slices.ContainsFunc(quotes, func(q quoteCand) bool {
		return personName(q.quote.Speaker) && holdsQuote(sentence, q) && 2*strings.Count(q.words, " ") >= n
	})
}

// personName reports whether a speaker reads as a person's full name:
// two words or more, each capitalised, and not "The …" ("Lena Brandt",
// not "the city council" or "The Kremlin").
func personName(speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) < 2 || f[0] == "The" {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// CompleteNames returns the speakers with each bare surname ("Brenner")
// or surname after an honorific ("Ms Nandakumar") replaced by the one
// full name among them that ends with it ("Tomas Brenner"). An article
// that follows an earlier one often names a person only so, and shown
// beside their other statements under the full name it reads as someone
// else. With two full names to choose from (Anna Weiss, Clara Weiss) the
// speaker is left as printed: a wrong name is worse than a short one.
//
// when, if not nil, holds each speaker's publication date: the full name
// must then be printed within NameWindow of the surname, so that a
// "Brenner" in a match report a year on is not taken for the city
// engineer Tomas Brenner. An unknown date does not bar it.
func CompleteNames(speakers []string, when []time.Time) []string {
	at := func(i int) time.Time {
		if when == nil {
			return time.Time{}
		}
		return when[i]
	}
	full := map[string][]string{}     // surname, lower case → full names
	dates := map[string][]time.Time{} // full name → when printed
	for i, s := range speakers {
		if f := NameWords(s); personName(s) && len(f) >= 2 && !notSurnames[strings.ToLower(f[len(f)-1])] {
			last := strings.ToLower(f[len(f)-1])
			if !slices.Contains(full[last], s) {
				full[last] = append(full[last], s)
			}
			dates[s] = append(dates[s], at(i))
		}
	}
	near := func(a, b time.Time) bool {
		d := a.Sub(b)
		return a.IsZero() || b.IsZero() || d < NameWindow && d > -NameWindow
	}
	out := slices.Clone(speakers)
	for i, s := range speakers {
		f := NameWords(s)
		if len(f) != 1 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) || notSurnames[strings.ToLower(f[0])] {
			continue
		}
		names := full[strings.ToLower(f[0])]
		if len(names) == 1 && slices.ContainsFunc(dates[names[0]], func(t time.Time) bool { return near(t, at(i)) }) {
			out[i] = names[0]
		}
	}
	return out
}

// NameWindow is how far apart a surname and the full name it is completed
// to may be printed (see CompleteNames): a story's follow-ups come within
// weeks.
const NameWindow = 30 * 24 * time.Hour

// notSurnames end the names of bodies and offices, not people: "the
// Justice Department" is not the State Department's "Department", nor
// "the Inspector General" the "Attorney General", and "General Motors"
// is not Ford Motors. A surname is never completed to or from a name
// that ends in one (see CompleteNames).
var notSurnames = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`general department ministry office council committee commission agency
		service services police court house senate congress parliament assembly party union company group
		bank motors university college school hospital association authority board government administration
		foundation institute center centre club federation league trust fund corporation corp inc ltd network
		times post news press lines airlines airways railways energy systems international national federal
		secretary attorney surgeon minister president army navy command church museum library unit team
		united city county state republic kingdom`) {
		notSurnames[w] = true
	}
}

// NameWords are a speaker's words after the honorifics and titles that
// stand before a name ("Ms Nandakumar", "Governor Rennick", "Prime
// Minister Koval" → the surname alone).
func NameWords(speaker string) []string {
	f := strings.Fields(speaker)
	for len(f) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	return f
}

// honorifics stand before a surname in place of a first name, and so do
// titles ("Governor Rennick", "Coach Okoro"). "General" and "Justice" are
// left out: as often they open a body's name ("General Motors", "the
// Justice Department").
var honorifics = map[string]bool{"mr": true, "ms": true, "mrs": true, "miss": true, "mx": true, "dr": true,
	"prof": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"governor": true, "gov": true, "mayor": true, "president": true, "prime": true, "minister": true, "premier": true,
	"chancellor": true, "senator": true, "sen": true, "rep": true, "judge": true,
	"chairman": true, "chairwoman": true, "councillor": true, "councilman": true, "councilwoman": true,
	"colonel": true, "col": true, "captain": true, "capt": true, "lieutenant": true,
	"lt": true, "sergeant": true, "sgt": true, "inspector": true, "detective": true, "superintendent": true,
	"commissioner": true, "ambassador": true, "coach": true, "bishop": true, "rev": true, "father": true}

// selectQuotes picks the key quotes: attributed to someone, on topic, from
// well-ranked articles, direct speech before paraphrase, at most two per
// speaker, none that skip (when not nil) leaves out.
func selectQuotes(topic []string, cands []Candidate, max int, idf func(string) float64, skip func(quoteCand) bool) []quoteCand {
	var pool []quoteCand
	for ai, c := range cands {
		if c.Weight == 0 {
			continue // not about the topic (see coverTopic)
		}
		for _, q := range c.Article.Quotes {
			if !q.Named() || len(strings.Fields(q.Text)) < 6 || !Spoken(q) || reportsAnother(q, c.Article.Quotes) {
				continue
			}
			terms := Terms(q.Text)
			s := c.Weight * (1 + topicMatch(topic, append(Terms(q.Speaker), terms...), idf)) * cueWeight(q.Cue)
			switch q.Kind {
			case newsbot.Direct:
				s *= 1.3
			case newsbot.Mixed:
				s *= 1.15
			}
			if q.Unsure {
				s *= 0.7
			}
			pool = append(pool, quoteCand{quote: q, art: ai, score: s, words: sameWords(q.Text), parts: quoteParts(q.Text)})
		}
	}
	// One person, one name: "Ms Nandakumar" in the article that followed
	// is Priya Nandakumar, counted once against the two per speaker.
	var speakers []string
	var when []time.Time
	for _, c := range cands {
		for _, q := range c.Article.Quotes {
			speakers = append(speakers, q.Speaker)
			when = append(when, c.Article.Published)
		}
	}
	for _, q := range pool {
		speakers = append(speakers, q.quote.Speaker)
		when = append(when, cands[q.art].Article.Published)
	}
	names := CompleteNames(speakers, when)
	for i := range pool {
		pool[i].quote.Speaker = names[len(names)-len(pool)+i]
	}
	slices.SortStableFunc(pool, func(a, b quoteCand) int { return cmp.Compare(b.score, a.score) })
	var out []quoteCand
	perSpeaker := map[string]int{}
	for _, q := range pool {
		if len(out) >= max {
			break
		}
		// A reprint is the same words, whatever its marks and stops
		// ('… patience.' and "… patience,").
		if perSpeaker[q.quote.Speaker] >= 2 || slices.ContainsFunc(out, func(o quoteCand) bool { return o.words == q.words }) || skip != nil && skip(q) {
			continue
		}
		perSpeaker[q.quote.Speaker]++
		out = append(out, q)
	}
	// Show quotes in the order the articles were cited, then as printed.
	slices.SortStableFunc(out, func(a, b quoteCand) int {
		if c := cmp.Compare(a.art, b.art); c != 0 {
			return c
		}
		return cmp.Compare(a.quote.Content.Start, b.quote.Content.Start)
	})
	return out
}

// reportsAnother reports whether q's content holds another named
// statement whole ("She said the United Nations would send observers,
// according to Dujarric"): that statement is the one worth showing.
func reportsAnother(q newsbot.Quote, all []newsbot.Quote) bool {
	for _, o := range all {
		if o.Content != q.Content && o.Named() && o.Content.Start >= q.Content.Start && o.Content.End <= q.Content.End {
			return true
		}
	}
	return false
}

// Spoken reports whether q can be shown as something its speaker said:
// quoted words, or a paraphrase whose cue is a speech verb and is not
// negated. "Damascus has not agreed to daily cease-fires" and "Annan is
// trying to garner support" are what the article says of them, not their
// words, and shown as a quote would invert or invent them.
func Spoken(q newsbot.Quote) bool {
	if q.Kind == newsbot.Direct && titleLike(q.Text) {
		return false
	}
	if q.Kind != newsbot.Indirect {
		return true
	}
	c := strings.ToLower(q.Cue)
	for _, w := range strings.Fields(c) {
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || w == "no" {
			return false
		}
	}
	if cueWeight(c) < 1 || c == "not" || strings.HasPrefix(c, "not ") {
		return false
	}
	// "called on the council to resign", "called for a ceasefire": a
	// demand, said.
	if strings.HasPrefix(c, "call") && (strings.HasSuffix(c, " on") || strings.HasSuffix(c, " for")) {
		return true
	}
	// "admitted causing grievous bodily harm", "conceded three goals",
	// "declared a dividend", "called a recess": verbs that report speech
	// with a clause take a thing as their object too. Only the clause is
	// something said.
	for _, v := range objectCues {
		if strings.Contains(c, v) {
			return clauseLike(q.Text)
		}
	}
	return true
}

// titleLike reports whether quoted words are a title, every word but the
// small ones capitalised and no sentence inside ("she would now finish
// her memoir, “A Life Spent Waiting for the Right Moment”"): the name of
// a book, film or campaign in quote marks is not something its author
// said, and listed as their quote it reads as a slogan they spoke.
func titleLike(text string) bool {
	text = strings.Trim(strings.TrimSpace(text), `"“”'‘’,`)
	if text == "" || strings.ContainsAny(text, ".?!;:") {
		return false
	}
	words, capital := strings.Fields(text), 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capital++
		case titleSmallWords[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return len(words) >= 3 && 2*capital > len(words)
}

// titleSmallWords stay lower case in a title.
var titleSmallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "for": true, "and": true,
	"or": true, "nor": true, "but": true, "in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"as": true, "into": true, "upon": true}

// objectCues are the speech cues that as often take a plain object.
// "wrote nine symphonies" and "writes a weekly column" are work done, not
// words said; "wrote that the plan would fail" is a statement.
var objectCues = []string{"admit", "conced", "deni", "deny", "claim", "declar", "call", "answer", "respond", "repl",
	"defend", "prais", "accus", "ask", "point", "announc", "describ", "criticiz", "criticis", "condemn", "recall",
	"wrot", "writ"}

// clauseLike reports whether a paraphrase reads as a clause ("that
// talks would resume", "the plan was a mistake", "it expected losses")
// rather than a thing ("three goals in the first half").
func clauseLike(text string) bool {
	words := strings.Fields(strings.ToLower(text))
	for i, w := range words {
		w = strings.Trim(w, `.,;:!?"“”‘’'()`)
		switch {
		case i == 0 && (w == "that" || w == "to" || w == "how" || w == "why" || w == "whether" || w == "what" || w == "if"):
			return true
		case clauseWords[w], strings.HasSuffix(w, "n't"), strings.HasSuffix(w, "’s") && i == 0, strings.HasSuffix(w, "'s") && i == 0:
			return true
		case i > 0 && len(w) > 4 && strings.HasSuffix(w, "ed") && !determinerWords[strings.Trim(words[i-1], `.,;:"“”`)]:
			return true
		}
	}
	return false
}

var clauseWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"did": true, "does": true, "do": true, "he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

var determinerWords = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true}

// cueWeight prefers statements to stances: "said", "told", "warned" report
// what someone said; "agreed", "supported", "viewing" report a position,
// which the extractor also finds but which make weaker key quotes.
func cueWeight(cue string) float64 {
	c := strings.ToLower(cue)
	for _, v := range speechCues {
		if strings.HasPrefix(c, v) {
			return 1
		}
	}
	return 0.5
}

var speechCues = []string{"said", "say", "told", "tell", "add", "according", "warn", "insist", "argu", "explain", "quoted",
	"declar", "announc", "prais", "wrote", "write", "tweet", "ask", "urg", "not", "stat", "claim", "describ",
	"call", "repl", "respond", "answer", "recall", "testif", "acknowledg", "admit", "conced", "confirm",
	"deni", "den", "suggest", "predict", "promis", "vow", "pledg", "hop", "believ", "thinks", "think", "complain",
	"criticiz", "criticis", "condemn", "accus", "defend", "maintain", "contend", "remark", "comment", "quip",
	"shout", "whisper", "continu", "conclud", "emphasiz", "emphasis", "stress", "point", "recount", "reiterat"}
