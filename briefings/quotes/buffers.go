package quotes

import "sync"

// The token slice and the tallies are most of what extraction allocates,
// in proportion to a text's length, and Extract drops them when it
// returns: kept for the next text instead, they spare the collector most
// of its work on a run over many articles.
var tokenBufs, tallyBufs sync.Pool // *[]token, *[]int32

// tokensFor returns an empty token slice with room for at least n.
func tokensFor(n int) []token {
	if p, ok := tokenBufs.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// talliesFor returns n int32s, all zero.
func talliesFor(n int) []int32 {
	if p, ok := tallyBufs.Get().(*[]int32); ok && cap(*p) >= n {
		s := (*p)[:n]
		clear(s)
		return s
	}
	return make([]int32, n)
}

// release gives x's token slice and tallies back for the next text. x
// must not be used after.
func (x *extractor) release() {
	toks := x.d.toks
	clear(toks) // the tokens hold the text's strings: not kept alive by the pool
	toks = toks[:0]
	tokenBufs.Put(&toks)
	x.d.toks = nil
	if x.tally != nil {
		all := x.tally.words[:cap(x.tally.words)]
		tallyBufs.Put(&all)
		x.tally = nil
	}
}
