package quotes

import "sort"

// maxSentence is the most tokens a sentence may have. Many scans start
// at each cue and run to the sentence's end or back to its start, so a
// sentence costs the square of its length; a page that is not prose (a
// table flattened into one line, text with no full stops, slogans run
// together) would hold one sentence of many thousand tokens and stall
// the extractor for seconds. The longest sentence of the annotated news
// we measure on has 336 tokens, a quotation of several sentences kept
// whole; a limit well above it cuts no real sentence and keeps the work
// per token bounded.
const maxSentence = 600

// capSentences cuts the sentences longer than maxSentence into pieces of
// at most that many tokens, each cut put before a quotation rather than
// inside one where the second half of the piece has such a place.
func (d *doc) capSentences() {
	long := false
	for _, s := range d.sents {
		if s[1]-s[0] > maxSentence {
			long = true
			break
		}
	}
	if !long {
		return
	}
	var out [][2]int
	for _, s := range d.sents {
		start := s[0]
		for s[1]-start > maxSentence {
			cut := start + maxSentence
			for c := cut; c > start+maxSentence/2; c-- {
				if q := d.inq[c]; q < 0 || d.regions[q].first == c {
					cut = c
					break
				}
			}
			out = append(out, [2]int{start, cut})
			start = cut
		}
		out = append(out, [2]int{start, s[1]})
	}
	d.sents = out
}

// sentencesIn returns the range [first, end) of the sentences of
// paragraph p. Sentences are in text order and never cross paragraphs,
// so a search finds them where a pass over all sentences per paragraph
// would cost the product of their numbers on a page of many paragraphs.
func (d *doc) sentencesIn(p int) (int, int) {
	pr := d.paras[p]
	first := sort.Search(len(d.sents), func(s int) bool { return d.sents[s][0] >= pr[0] })
	end := sort.Search(len(d.sents), func(s int) bool { return d.sents[s][0] >= pr[1] })
	return first, end
}

// sentenceAt returns the sentence holding token k, -1 when none does (a
// dateline's tokens are in no sentence).
func (d *doc) sentenceAt(k int) int {
	if len(d.sents) == 0 {
		return -1
	}
	if s := d.sentOf[k]; d.sents[s][0] <= k && k < d.sents[s][1] {
		return s
	}
	return -1
}
