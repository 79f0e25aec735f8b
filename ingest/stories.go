package ingest

import (
	"context"
	"encoding/binary"
	"hash/fnv"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/newsbot-dev/newsbot"
)

// Near-duplicate detection groups copies of one story, typically a wire
// report that several outlets print with their own headline, a trimmed
// ending or a local paragraph, so that briefings cite every outlet that
// carried a sentence without reading one story as five.
//
// The method is MinHash over word shingles: the body is lower-cased and cut
// into words; every run of shingleWords consecutive words is a shingle; the
// fingerprint keeps, for each of minHashes hash functions, the smallest
// hash over the shingles, plus how many shingles there were. The share of
// equal minima estimates the Jaccard resemblance J of two shingle sets, and
// with both sizes known, the containment of the shorter in the longer:
// |A∩B| = J(|A|+|B|)/(1+J). Containment, not resemblance, is what tells
// copies apart from reports: a copy trimmed to half the wire text has J
// near 0.5 but containment near 1, while two outlets' own reports of the
// same event share a quote or a name and score near 0.
//
// Candidates are found by banding (locality-sensitive hashing): the 64
// minima are cut into bands of bandRows, each band hashed with its index
// to a key the store indexes, and only articles sharing a key with the new
// one are compared. Two articles with resemblance J agree on a band with
// probability J^r, so on at least one of b bands with 1-(1-J^r)^b. With
// 32 bands of 2 that is 0.9999 at J 0.5 (a copy half the length of the
// original), 0.95 at 0.3 and 0.87 at 0.25, where a half-length copy just
// reaches SameStory; texts that share no phrase (J 0) share no key. 16
// bands of 4 would find only 64% of half-length copies; 64 bands of 1
// would make any two articles sharing one common phrase candidates. Given
// the fingerprints themselves, a pair that Containment accepts with k equal
// minima is missed only when no band holds two of them: never for k > 32;
// with probability 9e-6 for equal lengths at the threshold (k = 28), 2e-9
// for a complete half-length copy (k = 32), 0.7% for a complete copy a
// third the length (k = 21) and 8% for one a quarter the length (k = 16).
const (
	shingleWords = 4
	minHashes    = 64
	// SameStory is the containment at and above which two articles are
	// one story. On the fixtures in testdata/wire, copies (identical,
	// trimmed to four paragraphs, re-led, house-styled, with a local
	// paragraph added) score 0.90 to 1 against the original, and reports
	// written independently about the same event 0.05 at most; 0.6 leaves
	// room for heavier editing and for the estimate's noise (about ±0.06
	// with 64 hashes).
	SameStory = 0.6
	// minShingles: shorter texts are too short to call copies.
	minShingles = 20
	// storyWindow: copies are published within days of each other.
	storyWindow = 7 * 24 * time.Hour

	fingerprintVersion = 1
	fingerprintLen     = 1 + 4 + 4*minHashes

	bands    = 32
	bandRows = minHashes / bands
)

// seeds make the minHashes hash functions from one: h_i(x) = mix(x ^ seed_i).
var seeds = func() [minHashes]uint64 {
	var s [minHashes]uint64
	x := uint64(0x6e657773626f74) // "newsbot"
	for i := range s {
		x = splitmix(x)
		s[i] = x
	}
	return s
}()

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Fingerprint computes the near-duplicate signature of an article body.
func Fingerprint(body string) newsbot.Fingerprint {
	words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var mins [minHashes]uint64
	for i := range mins {
		mins[i] = math.MaxUint64
	}
	shingles := map[uint64]bool{}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		if shingles[x] {
			continue
		}
		shingles[x] = true
		for j, s := range seeds {
			if v := splitmix(x ^ s); v < mins[j] {
				mins[j] = v
			}
		}
	}
	fp := make([]byte, fingerprintLen)
	fp[0] = fingerprintVersion
	binary.BigEndian.PutUint32(fp[1:], uint32(len(shingles)))
	for j, m := range mins {
		binary.BigEndian.PutUint32(fp[5+4*j:], uint32(m>>32))
	}
	return fp
}

// Containment estimates the share of the shorter article's shingles found
// in the longer one, in [0, 1]; 0 when either fingerprint is unusable or
// too short to tell.
func Containment(a, b newsbot.Fingerprint) float64 {
	if len(a) != fingerprintLen || len(b) != fingerprintLen || a[0] != fingerprintVersion || b[0] != fingerprintVersion {
		return 0
	}
	na, nb := float64(binary.BigEndian.Uint32(a[1:])), float64(binary.BigEndian.Uint32(b[1:]))
	if na < minShingles || nb < minShingles {
		return 0
	}
	same := 0
	for j := 0; j < minHashes; j++ {
		if string(a[5+4*j:9+4*j]) == string(b[5+4*j:9+4*j]) {
			same++
		}
	}
	jac := float64(same) / minHashes
	return min(jac*(na+nb)/(1+jac)/min(na, nb), 1)
}

// bandKeys returns a fingerprint's band keys: each band of bandRows
// minima hashed with its index. A fingerprint Containment would not
// compare (unusable, or too short to tell) has none: empty texts, whose
// minima are all equal, would otherwise be candidates of one another.
func bandKeys(fp newsbot.Fingerprint) []newsbot.BandKey {
	if len(fp) != fingerprintLen || fp[0] != fingerprintVersion || binary.BigEndian.Uint32(fp[1:]) < minShingles {
		return nil
	}
	keys := make([]newsbot.BandKey, bands)
	for i := range keys {
		k := splitmix(uint64(i))
		for r := range bandRows {
			k = splitmix(k ^ uint64(binary.BigEndian.Uint32(fp[5+4*(i*bandRows+r):])))
		}
		keys[i] = newsbot.BandKey(k)
	}
	return keys
}

// groupStory fingerprints a stored article and files it under the story of
// its closest copy among the articles within storyWindow of its date that
// share a band key with it, or its own. A failure is logged, not returned:
// the article is stored either way.
func (im *Importer) groupStory(ctx context.Context, a *newsbot.Article) {
	if im.Stories == nil || a.ID == 0 {
		return
	}
	if err := im.setStory(ctx, a); err != nil && im.Log != nil {
		im.Log.Warn("group near-duplicate articles", "article_id", a.ID, "url", a.URL, "err", err)
	}
}

func (im *Importer) setStory(ctx context.Context, a *newsbot.Article) error {
	fp := Fingerprint(a.Body)
	keys := bandKeys(fp)
	when := a.Published
	if when.IsZero() {
		when = a.Fetched
	}
	// One at a time, so that two copies stored at once see each other.
	im.storyMu.Lock()
	defer im.storyMu.Unlock()
	members, err := im.Stories.Candidates(ctx, keys, when.Add(-storyWindow), when.Add(storyWindow), a.ID)
	if err != nil {
		return err
	}
	story, best := a.ID, 0.0
	for _, m := range members {
		if c := Containment(fp, m.Fingerprint); c >= SameStory && c > best {
			story, best = m.StoryID, c
		}
	}
	if err := im.Stories.SetStory(ctx, a.ID, fp, keys, story); err != nil {
		return err
	}
	a.StoryID = story
	return nil
}

// GroupStories fingerprints articles stored before stories existed, up to
// limit of them, oldest first, and returns how many it did.
func (im *Importer) GroupStories(ctx context.Context, limit int) (int, error) {
	if im.Stories == nil {
		return 0, nil
	}
	ids, err := im.Stories.Unfingerprinted(ctx, limit)
	if err != nil {
		return 0, err
	}
	for i, id := range ids {
		arts, err := im.Store.Articles(ctx, []newsbot.ArticleID{id})
		if err != nil {
			return i, err
		}
		for j := range arts {
			if err := im.setStory(ctx, &arts[j]); err != nil {
				return i, err
			}
		}
	}
	return len(ids), nil
}
