// Package rouge computes ROUGE scores exactly as Google's rouge_score
// package does (google-research/rouge: rouge_scorer.py, tokenize.py), so
// that figures measured here can be set beside published ones.
//
// Tokens: the text is lower-cased, every run of characters outside [a-z0-9]
// becomes a separator, and with stemming every token longer than three
// characters is replaced by its Porter stem (NLTK's default mode, see
// briefings/porter).
//
// ROUGE-N counts clipped n-gram overlap. ROUGE-L is the longest common
// subsequence of the two token lists. ROUGE-Lsum, what ROUGE-1.5.5 reports
// as ROUGE-L for summaries, splits both texts into sentences on newlines,
// takes for each reference sentence the union of its LCS positions with
// every candidate sentence, and counts a union token as a hit only while
// both texts still hold an unused occurrence of it.
package rouge

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsbot-dev/newsbot/briefings/porter"
)

// Score is precision, recall and their harmonic mean, each in [0, 1].
type Score struct{ P, R, F float64 }

// Scores holds the four ROUGE variants for one reference and candidate.
type Scores struct {
	R1, R2 Score // unigram and bigram overlap
	RL     Score // LCS over the whole texts
	RLsum  Score // summary-level LCS over newline-separated sentences
}

// Scorer scores candidates against references. The zero value scores
// without stemming; rouge_score's published setting is Stem: true.
type Scorer struct {
	Stem bool
}

// Tokenize returns the tokens of s as rouge_score's tokenizer produces them.
func Tokenize(s string, stem bool) []string {
	var out []string
	eachToken(s, stem, func(tok []byte) { out = append(out, string(tok)) })
	return out
}

// Score compares a candidate with a reference.
func (s Scorer) Score(reference, candidate string) Scores {
	var t tokenizer
	t.stem = s.Stem
	t.vocab = make(map[string]int32)
	ref := t.sentences(reference)
	cand := t.sentences(candidate)
	refAll, candAll := flatten(ref), flatten(cand)

	var sc Scores
	sc.R1 = unigrams(refAll, candAll, len(t.vocab))
	sc.R2 = bigrams(refAll, candAll)
	sc.RL = lcsScore(refAll, candAll)
	sc.RLsum = summaryLCS(ref, cand, len(t.vocab))
	return sc
}

// fmeasure is rouge_score's scoring.fmeasure.
func fmeasure(p, r float64) Score {
	if p+r > 0 {
		return Score{P: p, R: r, F: 2 * p * r / (p + r)}
	}
	return Score{P: p, R: r}
}

// tokenizer interns tokens as small integers for the duration of one
// Score call, so that counting and LCS compare ints, not strings.
type tokenizer struct {
	stem  bool
	vocab map[string]int32
}

// sentences tokenizes text line by line, as rouge_score's get_sents does
// for ROUGE-Lsum, dropping empty lines. A newline is itself a token
// separator, so the concatenated lines are also the whole text's tokens.
func (t *tokenizer) sentences(text string) [][]int32 {
	var out [][]int32
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" {
			continue
		}
		var ids []int32
		eachToken(line, t.stem, func(tok []byte) {
			id, ok := t.vocab[string(tok)]
			if !ok {
				id = int32(len(t.vocab))
				t.vocab[string(tok)] = id
			}
			ids = append(ids, id)
		})
		out = append(out, ids)
	}
	return out
}

func flatten(sents [][]int32) []int32 {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	out := make([]int32, 0, n)
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

// eachToken calls fn with each token of s. The bytes passed to fn are only
// valid during the call; they are reused so that tokenizing allocates
// nothing per token.
func eachToken(s string, stem bool, fn func([]byte)) {
	var scratch [64]byte
	buf := scratch[:0]
	flush := func() {
		if len(buf) == 0 {
			return
		}
		if stem && len(buf) > 3 {
			buf = append(buf[:0], stemCached(buf)...)
		}
		fn(buf)
		buf = buf[:0]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
			default:
				flush()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		// Python's str.lower() turns exactly two non-ASCII characters into
		// ASCII letters: KELVIN SIGN into "k", and LATIN CAPITAL LETTER I
		// WITH DOT ABOVE into "i" followed by a combining dot, which then
		// separates tokens. Every other non-ASCII character is a separator.
		switch r {
		case 'K':
			buf = append(buf, 'k')
		case 'İ':
			buf = append(buf, 'i')
			flush()
		default:
			if lr := unicode.ToLower(r); lr < utf8.RuneSelf && lr != r {
				// Not reached with current Unicode tables; kept so a new
				// table that lower-cases into ASCII is still honoured.
				buf = append(buf, byte(lr))
			} else {
				flush()
			}
		}
	}
	flush()
}

// stems caches Porter stems: news text repeats words constantly and
// stemming allocates, while a lookup does not.
var stems = struct {
	sync.RWMutex
	m map[string]string
}{m: make(map[string]string)}

const maxCachedStems = 1 << 18

func stemCached(word []byte) string {
	stems.RLock()
	s, ok := stems.m[string(word)]
	stems.RUnlock()
	if ok {
		return s
	}
	w := string(word)
	s = porter.Stem(w)
	stems.Lock()
	if len(stems.m) >= maxCachedStems {
		// Bounded so that scoring arbitrary text cannot grow the cache
		// without limit; English news needs far fewer distinct words.
		clear(stems.m)
	}
	stems.m[w] = s
	stems.Unlock()
	return s
}

func unigrams(ref, cand []int32, vocab int) Score {
	counts := make([]int32, 2*vocab)
	for _, id := range ref {
		counts[2*id]++
	}
	for _, id := range cand {
		counts[2*id+1]++
	}
	overlap := 0
	for i := 0; i < vocab; i++ {
		overlap += int(min(counts[2*i], counts[2*i+1]))
	}
	return ngramScore(overlap, len(ref), len(cand))
}

func bigrams(ref, cand []int32) Score {
	key := func(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }
	refCounts := make(map[uint64]int32, len(ref))
	for i := 0; i+1 < len(ref); i++ {
		refCounts[key(ref[i], ref[i+1])]++
	}
	overlap := 0
	for i := 0; i+1 < len(cand); i++ {
		k := key(cand[i], cand[i+1])
		// Each matched candidate bigram uses up one reference occurrence,
		// which sums min(count in reference, count in candidate).
		if refCounts[k] > 0 {
			refCounts[k]--
			overlap++
		}
	}
	return ngramScore(overlap, max(len(ref)-1, 0), max(len(cand)-1, 0))
}

// ngramScore follows rouge_score's _score_ngrams, which divides by at
// least 1 so that empty texts score 0, not NaN.
func ngramScore(overlap, refCount, candCount int) Score {
	p := float64(overlap) / float64(max(candCount, 1))
	r := float64(overlap) / float64(max(refCount, 1))
	return fmeasure(p, r)
}

func lcsScore(ref, cand []int32) Score {
	if len(ref) == 0 || len(cand) == 0 {
		return Score{}
	}
	n := lcsLength(ref, cand)
	return fmeasure(float64(n)/float64(len(cand)), float64(n)/float64(len(ref)))
}

// lcsLength is the LCS length in O(len(cand)) memory.
func lcsLength(ref, cand []int32) int {
	prev := make([]int32, len(cand)+1)
	cur := make([]int32, len(cand)+1)
	for i := range ref {
		for j := range cand {
			if ref[i] == cand[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return int(prev[len(cand)])
}

// summaryLCS is rouge_score's _summary_level_lcs.
func summaryLCS(ref, cand [][]int32, vocab int) Score {
	if len(ref) == 0 || len(cand) == 0 {
		return Score{}
	}
	m, n := 0, 0
	counts := make([]int32, 2*vocab)
	for _, s := range ref {
		m += len(s)
		for _, id := range s {
			counts[2*id]++
		}
	}
	for _, s := range cand {
		n += len(s)
		for _, id := range s {
			counts[2*id+1]++
		}
	}
	if m == 0 || n == 0 {
		return Score{}
	}
	var table []int32
	hits := 0
	for _, r := range ref {
		inUnion := make([]bool, len(r))
		for _, c := range cand {
			table = markLCS(r, c, table, inUnion)
		}
		// Union positions in reference order, as _find_union sorts them.
		for i, in := range inUnion {
			if !in {
				continue
			}
			id := r[i]
			if counts[2*id] > 0 && counts[2*id+1] > 0 {
				hits++
				counts[2*id]--
				counts[2*id+1]--
			}
		}
	}
	return fmeasure(float64(hits)/float64(n), float64(hits)/float64(m))
}

// markLCS marks in inUnion the positions of ref on one longest common
// subsequence with cand: the one rouge_score's _backtrack_norec reads out,
// since which of several equally long subsequences is chosen changes the
// union. table is scratch space, returned for reuse.
func markLCS(ref, cand, table []int32, inUnion []bool) []int32 {
	rows, cols := len(ref)+1, len(cand)+1
	if cap(table) < rows*cols {
		table = make([]int32, rows*cols)
	}
	table = table[:rows*cols]
	for j := 0; j < cols; j++ {
		table[j] = 0
	}
	for i := 1; i < rows; i++ {
		row, up := table[i*cols:(i+1)*cols], table[(i-1)*cols:i*cols]
		row[0] = 0
		for j := 1; j < cols; j++ {
			if ref[i-1] == cand[j-1] {
				row[j] = up[j-1] + 1
			} else {
				row[j] = max(up[j], row[j-1])
			}
		}
	}
	i, j := len(ref), len(cand)
	for i > 0 && j > 0 {
		switch {
		case ref[i-1] == cand[j-1]:
			inUnion[i-1] = true
			i--
			j--
		case table[i*cols+j-1] > table[(i-1)*cols+j]:
			j--
		default:
			i--
		}
	}
	return table
}
