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
)

// DigestOptions bound a digest.
type DigestOptions struct {
	MaxStories int           // and never more
	MaxWindow  time.Duration // the longest look back, whatever the last send
	MaxArticle int           // articles read from the window
	HalfLife   time.Duration // recency weight of a story's newest article
	Threshold  float64       // clustering similarity (ClusterThreshold)
}

// DefaultDigestOptions are used for zero fields.
var DefaultDigestOptions = DigestOptions{
	MaxStories: 10,
	MaxWindow:  24 * time.Hour,
	MaxArticle: 400,
	HalfLife:   12 * time.Hour,
	Threshold:  ClusterThreshold,
}

func (o DigestOptions) withDefaults() DigestOptions {
	d := DefaultDigestOptions
	if o.MaxStories > 0 {
		d.MaxStories = o.MaxStories
	}
	if o.MaxWindow > 0 {
		d.MaxWindow = o.MaxWindow
	}
	if o.MaxArticle > 0 {
		d.MaxArticle = o.MaxArticle
	}
	if o.HalfLife > 0 {
		d.HalfLife = o.HalfLife
	}
	if o.Threshold > 0 {
		d.Threshold = o.Threshold
	}
	return d
}

// Digest builds the digest of the articles that arrived since the given
// time (the last send; at most MaxWindow before now) and were published no
// more than MaxWindow before it, for the topics (each free text; none
// means the top stories overall). The publication bound keeps old items of
// a newly followed feed out; arrival decides the rest, so nothing published
// just before a send but fetched after it falls between two digests. A
// quiet window gives an empty digest, not an error.
func (e *Engine) Digest(ctx context.Context, topics []string, since, now time.Time, opt DigestOptions) (newsbot.Digest, error) {
	opt = opt.withDefaults()
	if since.IsZero() || now.Sub(since) > opt.MaxWindow {
		since = now.Add(-opt.MaxWindow)
	}
	hits, err := e.Store.Recent(ctx, since, now, since.Add(-opt.MaxWindow), opt.MaxArticle)
	if err != nil {
		return newsbot.Digest{}, fmt.Errorf("digest: %w", err)
	}
	ids := make([]newsbot.ArticleID, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	articles, err := e.Store.Articles(ctx, ids)
	if err != nil {
		return newsbot.Digest{}, fmt.Errorf("digest: %w", err)
	}
	var all []string
	for _, a := range articles {
		for _, s := range a.Sentences {
			all = append(all, s.Terms...)
		}
	}
	df, n, err := e.Store.DocumentFrequencies(ctx, all)
	if err != nil {
		return newsbot.Digest{}, fmt.Errorf("digest: %w", err)
	}
	d := BuildDigest(articles, topics, ArchiveIDF(df, n), now, opt)
	d.Since, d.Until = since, now
	return d, nil
}

// BuildDigest clusters articles into stories, ranks them by coverage
// (distinct outlets), recency and match to the topics, and gives each a
// headline, one or two cited sentences and its sources. Pure and
// deterministic.
func BuildDigest(articles []newsbot.Article, topics []string, idf func(string) float64, now time.Time, opt DigestOptions) newsbot.Digest {
	opt = opt.withDefaults()
	d := newsbot.Digest{Generated: now}
	var parsed []newsbot.Topic
	for _, t := range topics {
		if p := newsbot.ParseTopic(t); !p.Empty() {
			parsed = append(parsed, p)
			d.Topics = append(d.Topics, p.Text)
		}
	}
	var kept []newsbot.Article
	for _, a := range articles {
		if len(parsed) == 0 || matchesAny(a, parsed) > 0 {
			kept = append(kept, a)
		}
	}
	d.Articles = len(kept)
	if len(kept) == 0 {
		return d
	}
	if idf == nil {
		var sents [][]string
		for _, a := range kept {
			for _, s := range a.Sentences {
				sents = append(sents, s.Terms)
			}
		}
		idf = sentenceIDF(sents)
	}

	type story struct {
		members []int
		rank    float64
		newest  time.Time
		outlets []string
	}
	var stories []story
	for _, g := range Cluster(kept, idf, opt.Threshold) {
		s := story{members: g}
		topicFit := 0.0
		for _, i := range g {
			a := kept[i]
			if a.Outlet != "" && !slices.Contains(s.outlets, a.Outlet) {
				s.outlets = append(s.outlets, a.Outlet)
			}
			if when := published(a); when.After(s.newest) {
				s.newest = when
			}
			topicFit = max(topicFit, matchesAny(a, parsed))
		}
		coverage := 1 + math.Log(float64(max(len(s.outlets), 1))) + 0.25*math.Log(float64(len(g)))
		recency := 0.5 + 0.5*math.Exp2(-float64(max(now.Sub(s.newest), 0))/float64(opt.HalfLife))
		s.rank = coverage * recency
		if len(parsed) > 0 {
			s.rank *= 0.5 + topicFit
		}
		stories = append(stories, s)
	}
	slices.SortStableFunc(stories, func(a, b story) int {
		if c := cmp.Compare(b.rank, a.rank); c != 0 {
			return c
		}
		return b.newest.Compare(a.newest)
	})

	cite := map[newsbot.ArticleID]int{}
	number := func(a newsbot.Article) int {
		if n, ok := cite[a.ID]; ok {
			return n
		}
		src := newsbot.Source{ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published}
		if a.HasURL() {
			src.URL = a.URL
		}
		d.Sources = append(d.Sources, src)
		cite[a.ID] = len(d.Sources)
		return cite[a.ID]
	}
	var quotes []quoteCand
	rank := -1
	for _, s := range stories {
		if len(d.Stories) == opt.MaxStories {
			break
		}
		cands := make([]Candidate, len(s.members))
		for k, i := range s.members {
			cands[k] = Candidate{Article: kept[i], Weight: 1}
		}
		// The story's own vocabulary stands in for a topic, so its
		// sentences are about the event rather than about the article.
		b := Build(newsbot.Topic{Words: storyWords(cands, idf)}, cands, idf, Options{MinSentences: 1, MaxSentences: 2, MaxQuotes: 2})
		// A story with no sentence fit to show ("Share this article",
		// "Yes.") takes no slot and no source number: the next one does.
		if len(b.Sentences) == 0 {
			continue
		}
		rank++
		// The headline is the most central article's, and that article's
		// sentence comes first, so the first line under a headline is
		// about what it says; when none of its sentences was chosen, the
		// headline is that of the article the first sentence came from.
		lead := centralArticle(cands, idf)
		slices.SortStableFunc(b.Sentences, func(x, y newsbot.BriefSentence) int {
			return cmp.Compare(leadRank(b, x, lead.ID), leadRank(b, y, lead.ID))
		})
		if len(b.Sentences) > 0 && leadRank(b, b.Sentences[0], lead.ID) > 0 {
			lead = findArticle(cands, b.Sources[b.Sentences[0].Citations[0]-1].ArticleID)
		}
		st := newsbot.Story{Headline: lead.Title, Outlets: s.outlets}
		for _, bs := range b.Sentences {
			out := newsbot.BriefSentence{Text: bs.Text}
			for _, c := range bs.Citations {
				out.Citations = append(out.Citations, number(findArticle(cands, b.Sources[c-1].ArticleID)))
			}
			slices.Sort(out.Citations)
			st.Sentences = append(st.Sentences, out)
		}
		for _, c := range cands {
			st.Sources = append(st.Sources, number(c.Article))
		}
		slices.Sort(st.Sources)
		st.Sources = slices.Compact(st.Sources)
		d.Stories = append(d.Stories, st)
		for _, q := range b.Quotes {
			a := findArticle(cands, b.Sources[q.Citation-1].ArticleID)
			quotes = append(quotes, quoteCand{quote: q.Quote, art: number(a), score: quoteOfDayScore(q.Quote, rank)})
		}
	}
	if len(quotes) > 0 {
		slices.SortStableFunc(quotes, func(a, b quoteCand) int { return cmp.Compare(b.score, a.score) })
		if best := quotes[0]; best.score > 0 {
			d.QuoteOfDay = &newsbot.BriefQuote{Quote: best.quote, Citation: best.art}
		}
	}
	return d
}

// quoteOfDayScore favours direct, confidently attributed statements of
// some substance from the top stories; zero disqualifies.
func quoteOfDayScore(q newsbot.Quote, storyRank int) float64 {
	n := len(strings.Fields(q.Text))
	if !q.Named() || q.Unsure || n < 8 || cueWeight(q.Cue) < 1 || !namedByName(q.Speaker) {
		return 0
	}
	// A question ("Who among us could have imagined a night like
	// Sunday's?") asks; shown alone as the day's quote it says nothing a
	// reader can take away, so a statement is chosen, else none.
	if strings.HasSuffix(strings.TrimRight(q.Text, `"“”'’ ,`), "?") {
		return 0
	}
	// Someone's own words from the second story beat a paraphrase from
	// the first: a quote of the day is for hearing the speaker.
	s := 1 / float64(storyRank+1)
	switch q.Kind {
	case newsbot.Direct:
		s *= 3
	case newsbot.Mixed:
		s *= 2
	}
	if n > 60 {
		s *= 0.6 // a speech, not a quote
	}
	return s
}

// namedByName reports whether a speaker is named, not described: "Sofia
// Rennick", "Northsea Lines", "The Kremlin", not "the professor" or "The
// city engineer". The extractor keeps a description it could not resolve
// to a name; under the day's quote, "— the professor" leaves the reader
// asking who, in the one place that stands alone without its story.
func namedByName(speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return false
	}
	if len(f) > 1 && (f[0] == "The" || f[0] == "the" || f[0] == "A" || f[0] == "An") {
		f = f[1:]
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r)
}

func published(a newsbot.Article) time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Fetched
}

// matchesAny is the best share of a topic's words found in the article's
// headline and text terms, over the topics.
func matchesAny(a newsbot.Article, topics []newsbot.Topic) float64 {
	if len(topics) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, t := range Terms(a.Title) {
		have[t] = true
	}
	for _, s := range a.Sentences {
		for _, t := range s.Terms {
			have[t] = true
		}
	}
	best := 0.0
	for _, tp := range topics {
		want := Terms(strings.Join(tp.Words, " "))
		if len(want) == 0 {
			continue
		}
		hit := 0
		for _, w := range want {
			if have[w] {
				hit++
			}
		}
		if hit == len(want) {
			best = max(best, 1)
		}
	}
	return best
}

// storyWords are the story's most characteristic terms: weighted by idf,
// summed over its articles' headlines and leads.
func storyWords(cands []Candidate, idf func(string) float64) []string {
	weight := map[string]float64{}
	for _, c := range cands {
		for t, x := range newProfile(c.Article, idf).vec.w {
			weight[t] += x
		}
	}
	terms := make([]string, 0, len(weight))
	for t := range weight {
		terms = append(terms, t)
	}
	slices.SortFunc(terms, func(a, b string) int {
		if c := cmp.Compare(weight[b], weight[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return terms[:min(len(terms), 6)]
}

// centralArticle is the member most similar to the others: its headline
// names the story.
func centralArticle(cands []Candidate, idf func(string) float64) newsbot.Article {
	best, bestScore := 0, -1.0
	profiles := make([]profile, len(cands))
	for i, c := range cands {
		profiles[i] = newProfile(c.Article, idf)
	}
	for i := range cands {
		total := 0.0
		for j := range cands {
			if i != j {
				total += similarity(profiles[i], profiles[j])
			}
		}
		if total > bestScore {
			best, bestScore = i, total
		}
	}
	return cands[best].Article
}

func findArticle(cands []Candidate, id newsbot.ArticleID) newsbot.Article {
	for _, c := range cands {
		if c.Article.ID == id {
			return c.Article
		}
	}
	return cands[0].Article
}

// leadRank is 0 for a sentence the lead article printed, else 1.
func leadRank(b newsbot.Briefing, s newsbot.BriefSentence, lead newsbot.ArticleID) int {
	for _, c := range s.Citations {
		if b.Sources[c-1].ArticleID == lead {
			return 0
		}
	}
	return 1
}
