package briefings

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// MaxFollowUps bounds how many articles a briefing reads beyond those with
// every word of the topic.
const MaxFollowUps = 3

// followUpWeight discounts a follow-up against the articles that match the
// whole topic: it is read for the story, not because it answers every word.
const followUpWeight = 0.8

// followUpCandidates returns the articles that may continue the story the
// hits tell without printing every word of the topic: asked "halloran
// trial", the report of the verdict says "cleared" and "jury", never
// "trial", and a briefing without it ends before the story did. They are
// the best-ranked articles with some word of the topic that is not
// common (see common), that the hits do not hold and that are no older
// than the oldest hit, at most 2×MaxFollowUps, weighed by RankHits and
// followUpWeight. Whether each continues the story is for keepFollowUps to
// tell, once articles are read. A topic of one word has none.
func (e *Engine) followUpCandidates(ctx context.Context, topic newsbot.Topic, hits []newsbot.ArticleHit, now time.Time, opt Options) ([]newsbot.ArticleHit, error) {
	if len(topic.Words) < 2 || len(hits) == 0 {
		return nil, nil
	}
	seen := make(map[newsbot.ArticleID]bool, len(hits))
	var oldest time.Time
	for _, h := range hits {
		seen[h.ID] = true
		if p := h.Published; !p.IsZero() && (oldest.IsZero() || p.Before(oldest)) {
			oldest = p
		}
	}
	df, n, err := e.Store.DocumentFrequencies(ctx, Terms(strings.Join(topic.Words, " ")))
	if err != nil {
		return nil, err
	}
	var cands []newsbot.ArticleHit
	for _, w := range topic.Words {
		// A word most articles have ("war", "talks") finds little that
		// continues this story, and ranking all its articles is the
		// costly part of a search.
		if common(Terms(w), df, n) {
			continue
		}
		one := topic
		one.Words, one.Text = []string{w}, w
		found, err := e.Store.SearchArticles(ctx, one, 2*MaxFollowUps)
		if err != nil {
			return nil, err
		}
		for _, h := range found {
			// Only what keepFollowUps could keep is worth reading.
			if !seen[h.ID] && !h.Published.IsZero() && !h.Published.Before(oldest) {
				seen[h.ID] = true
				cands = append(cands, h)
			}
		}
	}
	cands = RankHits(cands, now, opt.HalfLife)
	cands = cands[:min(len(cands), 2*MaxFollowUps)]
	for i := range cands {
		cands[i].Score *= followUpWeight
	}
	return cands, nil
}

// common reports whether any of a word's terms is in more than one
// article in twenty, and in more than 50: in a small archive every word
// is worth a look.
func common(terms []string, df map[string]int, articles int) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return df[t] > 50 && df[t]*20 > articles })
}

// keepFollowUps drops, of the articles read, the follow-up candidates that
// do not continue the story of the others, and those past MaxFollowUps
// (the candidates come best first). A follow-up lacks a word the reader
// asked for, so it must be as close to one of the others as two chapters
// of one story are (relatedThreshold: a trial and its verdict share the
// defendant, the court, the charges), and no older than the oldest of
// them: it follows the story, while an older article with one of the
// words ("ferry" timetables before a ferry strike) is background at best.
// It returns the articles kept, in order, and how many follow-ups are
// among them.
func keepFollowUps(articles []newsbot.Article, followUp map[newsbot.ArticleID]bool, idf func(string) float64) ([]newsbot.Article, int) {
	if len(followUp) == 0 {
		return articles, 0
	}
	var core []profile
	var oldest time.Time
	for _, a := range articles {
		if !followUp[a.ID] {
			core = append(core, newProfile(a, idf))
			if p := a.Published; !p.IsZero() && (oldest.IsZero() || p.Before(oldest)) {
				oldest = p
			}
		}
	}
	kept := 0
	out := articles[:0:0]
	for _, a := range articles {
		if followUp[a.ID] {
			if kept == MaxFollowUps || a.Published.IsZero() || a.Published.Before(oldest) {
				continue
			}
			p := newProfile(a, idf)
			if !slices.ContainsFunc(core, func(c profile) bool { return similarity(p, c) >= relatedThreshold }) {
				continue
			}
			kept++
		}
		out = append(out, a)
	}
	return out, kept
}
