package briefings

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings/porter"
)

// MaxOtherStories bounds how many other stories a briefing names.
const MaxOtherStories = 4

// relatedThreshold is the similarity (see similarity) at or above which
// two articles matched by a topic are taken to tell one story, or two
// chapters of it: a walkout and the pay deal that ends it share the union,
// the company, the town and what the dispute is about. Unrelated stories
// that share only the word asked for score under 0.1. The digest's
// ClusterThreshold, which tells apart the day's events, would cut one
// developing story into several.
const relatedThreshold = 0.15

// leadStory keeps, of the articles read for a briefing, those of the
// leading story, and names the others. A topic word can match unrelated
// stories ("strike": a rail strike, a ferry crews' walkout, an air strike,
// a perfect game at bowling); bullets taken from all of them side by side,
// numbered as one briefing, read as nonsense. Articles are compared as the
// digest clusters them (headline, lead and names; see similarity), and
// any two at relatedThreshold or more are one story, with all the
// articles each is linked to. The story with the most weight (the sum of
// its articles' RankHits weights: relevance × recency, so coverage counts
// too) is briefed, and each other story is named by its central headline,
// with a narrower topic that finds it, up to MaxOtherStories; more counts
// the rest. With one story, articles and no others are returned unchanged.
func leadStory(topic newsbot.Topic, articles []newsbot.Article, weight map[newsbot.ArticleID]float64, idf func(string) float64) (lead []newsbot.Article, others []newsbot.OtherStory, more int) {
	groups := joinNamed(relatedGroups(articles, idf), topic, articles)
	if len(groups) < 2 {
		return articles, nil, 0
	}
	type story struct {
		members []int
		weight  float64
	}
	stories := make([]story, len(groups))
	for i, g := range groups {
		stories[i].members = g
		for _, m := range g {
			stories[i].weight += weight[articles[m].ID]
		}
	}
	// Ties go to the story with the best-ranked article (groups are in
	// the order of their first member, and articles in rank order).
	slices.SortStableFunc(stories, func(a, b story) int { return cmp.Compare(b.weight, a.weight) })

	// What each article says, as terms, for telling which words single a
	// story out among the articles matched.
	has := make([]map[string]bool, len(articles))
	for i, a := range articles {
		has[i] = map[string]bool{}
		for _, t := range Terms(a.Title) {
			has[i][t] = true
		}
		for _, s := range a.Sentences {
			for _, t := range s.Terms {
				has[i][t] = true
			}
		}
	}
	lead = make([]newsbot.Article, 0, len(stories[0].members))
	for _, m := range stories[0].members {
		lead = append(lead, articles[m])
	}
	for _, s := range stories[1:] {
		if len(others) == MaxOtherStories {
			more++
			continue
		}
		cands := make([]Candidate, len(s.members))
		for k, m := range s.members {
			cands[k] = Candidate{Article: articles[m], Weight: weight[articles[m].ID]}
		}
		central := centralArticle(cands, idf)
		others = append(others, newsbot.OtherStory{
			Headline: central.Title,
			Articles: len(s.members),
			Topic:    narrowTopic(topic, central, s.members, has, idf),
		})
	}
	return lead, others, more
}

// relatedGroups groups articles linked, directly or through others, by a
// similarity of relatedThreshold or more. Groups are in the order of
// their first member, members in input order.
func relatedGroups(articles []newsbot.Article, idf func(string) float64) [][]int {
	n := len(articles)
	if n < 2 {
		return nil
	}
	profiles := make([]profile, n)
	for i, a := range articles {
		profiles[i] = newProfile(a, idf)
	}
	u := newUnionFind(n)
	for i := 1; i < n; i++ {
		for j := 0; j < i; j++ {
			if u.root(i) != u.root(j) && similarity(profiles[i], profiles[j]) >= relatedThreshold {
				u.join(i, j)
			}
		}
	}
	return u.groups(func(i int) []int { return []int{i} })
}

// unionFind joins indexes into groups; a group's root is its lowest
// index.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) root(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) join(a, b int) {
	if ra, rb := u.root(a), u.root(b); ra != rb {
		u[max(ra, rb)] = min(ra, rb)
	}
}

// groups lists each group's members (members(i) for each index i in it),
// groups in the order of their lowest index.
func (u unionFind) groups(members func(i int) []int) [][]int {
	var out [][]int
	index := map[int]int{}
	for i := range u {
		r := u.root(i)
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], members(i)...)
	}
	return out
}

// narrowTopic is the topic with one word added that every article of the
// story has and no other matched article does, so that searched for it
// finds that story and not the others. The word is the one the story's
// central headline puts before a topic word, as outlets name their story
// ("ferry strike", "air strike"); else the rarest such name in the
// headline, then in its lead ("lindqvist strike"), then the rarest such
// word. With none, it is empty: a topic that would bring back the
// same mix is no help.
func narrowTopic(topic newsbot.Topic, central newsbot.Article, members []int, has []map[string]bool, idf func(string) float64) string {
	inTopic := map[string]bool{}
	for _, t := range Terms(strings.Join(topic.Words, " ")) {
		inTopic[t] = true
	}
	fits := func(w string) bool {
		if len([]rune(w)) < 3 || stopWords[w] || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return false
		}
		t := porter.Stem(w)
		if inTopic[t] {
			return false
		}
		for i := range has {
			if has[i][t] != slices.Contains(members, i) {
				return false
			}
		}
		return true
	}
	texts := []string{central.Title}
	for _, s := range central.Sentences {
		if s.Index >= 2 {
			break
		}
		texts = append(texts, TrimDateline(s.Text))
	}
	clean := func(f string) string {
		return strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
	}
	title := strings.Fields(central.Title)
	for i := 1; i < len(title); i++ {
		if w := clean(title[i-1]); inTopic[porter.Stem(clean(title[i]))] && fits(w) {
			return w + " " + strings.Join(topic.Words, " ")
		}
	}
	// A name first ("kessa strike"), then any word: "tells halloran"
	// finds the story too, but reads as a fragment.
	for _, names := range []bool{true, false} {
		for _, text := range texts {
			named := map[string]bool{}
			for _, e := range Entities(text) {
				for _, w := range strings.Fields(e) {
					named[w] = true
				}
			}
			best, bestIDF := "", 0.0
			for _, f := range strings.Fields(text) {
				if w := clean(f); fits(w) && (!names || named[w]) && idf(porter.Stem(w)) > bestIDF {
					best, bestIDF = w, idf(porter.Stem(w))
				}
			}
			if best != "" {
				return best + " " + strings.Join(topic.Words, " ")
			}
		}
	}
	return ""
}

// joinNamed joins the groups that name the topic alike (see nameKeys): the
// chapters of one person's or place's news ("Tomas Halloran" at his trial
// and at the verdict; "Porto Vale" flooded and strike-bound) are one
// subject, however little else they share, while "Koval Cup" and
// "Adrian Koval", or a common word such as "strike", join nothing. Groups
// stay in the order of their first member, members in input order.
func joinNamed(groups [][]int, topic newsbot.Topic, articles []newsbot.Article) [][]int {
	if len(groups) < 2 {
		return groups
	}
	owner := map[string]int{} // name key -> group it was first seen in
	u := newUnionFind(len(groups))
	for g, members := range groups {
		for _, m := range members {
			for _, k := range nameKeys(topic, articles[m]) {
				if o, seen := owner[k]; seen {
					u.join(o, g)
				} else {
					owner[k] = g
				}
			}
		}
	}
	out := u.groups(func(g int) []int { return slices.Clone(groups[g]) })
	for _, members := range out {
		slices.Sort(members)
	}
	return out
}

// nameKeys are how an article's sentences name the topic: for each name
// (see Entities) that holds every topic word in a row, those words with
// the name's word before them (a first name: "adrian koval") or, with
// none, after them ("koval cup"); a name of the topic's words alone
// ("porto vale", asked "porto vale") is the key itself. A bare surname
// ("Koval's campaign") says too little to join stories by. Headlines are
// not read: some outlets capitalise every word.
func nameKeys(topic newsbot.Topic, a newsbot.Article) []string {
	want := make([]string, 0, len(topic.Words))
	for _, w := range topic.Words {
		want = append(want, strings.Join(words(w), ""))
	}
	var keys []string
	for _, s := range a.Sentences {
		for _, e := range Entities(s.Text) {
			f := strings.Fields(e)
			for i := 0; i+len(want) <= len(f); i++ {
				if !slices.Equal(f[i:i+len(want)], want) {
					continue
				}
				switch {
				case len(want) > 1:
					keys = append(keys, strings.Join(want, " "))
				case i > 0:
					keys = append(keys, f[i-1]+" "+f[i])
				case len(f) > 1:
					keys = append(keys, f[i]+" "+f[i+1])
				}
			}
		}
	}
	return keys
}
