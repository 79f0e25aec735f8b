package briefings

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot"
)

// ClusterThreshold is the similarity at or above which two groups of
// articles are taken to report the same event.
const ClusterThreshold = 0.3

// profile is what clustering compares articles by: the weighted terms of
// the headline and lead, and the named entities of the whole article.
type profile struct {
	vec      vector
	entities map[string]bool
}

func newProfile(a newsbot.Article, idf func(string) float64) profile {
	terms := Terms(a.Title)
	terms = append(terms, terms...) // the headline counts twice
	for _, s := range a.Sentences {
		if s.Index >= 5 {
			break
		}
		if !s.Boilerplate {
			terms = append(terms, s.Terms...)
		}
	}
	p := profile{vec: newVector(terms, idf), entities: map[string]bool{}}
	for _, e := range Entities(a.Title) {
		p.entities[e] = true
	}
	for _, s := range a.Sentences {
		for _, e := range Entities(s.Text) {
			p.entities[e] = true
		}
	}
	return p
}

// similarity blends term overlap with shared named entities: two reports of
// one event share names (people, places, organisations) even when worded
// differently, while two stories about one country share only its name.
func similarity(a, b profile) float64 {
	c := cosine(a.vec, b.vec)
	if len(a.entities) == 0 || len(b.entities) == 0 {
		return c
	}
	shared := 0
	for e := range a.entities {
		if b.entities[e] {
			shared++
		}
	}
	jaccard := float64(shared) / float64(len(a.entities)+len(b.entities)-shared)
	return 0.6*c + 0.4*jaccard
}

// Cluster groups articles that report the same event, by average-linkage
// agglomeration over similarity: the two closest groups merge while their
// mean pairwise similarity is at least threshold. It returns groups of
// indexes into articles, each in input order, groups ordered by their first
// member. Deterministic.
func Cluster(articles []newsbot.Article, idf func(string) float64, threshold float64) [][]int {
	n := len(articles)
	if idf == nil {
		var sents [][]string
		for _, a := range articles {
			for _, s := range a.Sentences {
				sents = append(sents, s.Terms)
			}
		}
		idf = sentenceIDF(sents)
	}
	profiles := make([]profile, n)
	for i, a := range articles {
		profiles[i] = newProfile(a, idf)
	}
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := 0; j < i; j++ {
			sim[i][j] = similarity(profiles[i], profiles[j])
			sim[j][i] = sim[i][j]
		}
	}
	groups := make([][]int, n)
	for i := range groups {
		groups[i] = []int{i}
	}
	linkage := func(a, b []int) float64 {
		total := 0.0
		for _, i := range a {
			for _, j := range b {
				total += sim[i][j]
			}
		}
		return total / float64(len(a)*len(b))
	}
	for {
		bi, bj, best := -1, -1, threshold
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				if l := linkage(groups[i], groups[j]); l >= best {
					if l > best || bi < 0 {
						bi, bj, best = i, j, l
					}
				}
			}
		}
		if bi < 0 {
			break
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		slices.Sort(groups[bi])
		groups = slices.Delete(groups, bj, bj+1)
	}
	slices.SortFunc(groups, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return groups
}

// Entities returns the names in s: runs of capitalised words ("Kofi Annan",
// "Security Council", "Port Vale"), lower-cased, accents folded. A single
// capitalised word counts only away from the start of the sentence, where
// capitals mark names rather than grammar.
func Entities(s string) []string {
	var out []string
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
			run = run[:0]
		}
	}
	fields := strings.Fields(s)
	for i, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i, ok := strings.CutSuffix(w, "'s"); ok {
			w = i
		} else if i, ok := strings.CutSuffix(w, "’s"); ok {
			w = i
		}
		r, _ := utf8.DecodeRuneInString(w)
		capital := w != "" && unicode.IsUpper(r) && !stopWords[strings.ToLower(w)]
		if capital && (i > 0 || len(fields) > 1 && isCapitalised(fields[1])) {
			run = append(run, strings.Join(words(w), ""))
		} else {
			flush()
		}
		if endsName(f, w) {
			flush()
		}
	}
	flush()
	return out
}

// endsName reports whether the field f (word w with its punctuation) ends
// a run of name words: after a comma, a closing quote or a sentence end,
// but not after an initial or abbreviation ("George W. Bush", "U.N.").
func endsName(f, w string) bool {
	last, _ := utf8.DecodeLastRuneInString(f)
	if strings.ContainsRune(",;:!?)”\"’", last) {
		return true
	}
	return last == '.' && utf8.RuneCountInString(w) > 2 && !strings.Contains(w, ".")
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, `"“‘'(`))
	return unicode.IsUpper(r)
}
