package quotes

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Model holds the weights of the learned components, trained on
// annotated news (see Train): a ranker that chooses where each statement
// ends, and a classifier that says whether a candidate attribution is
// one, which drops weak rule attributions and adds those of cues outside
// the lexicon.
//
// Features are hashed into a fixed table, so a model holds numbers only:
// no word lists, no text.
type Model struct {
	w []float32 // 1<<modelBits weights, indexed by feature hash
	// keep is the probability under which an attribution found by the
	// rules is dropped; add the one from which an attribution of a
	// learned cue is added.
	keep, add float32
	// keepQ and addQ are the same for attributions whose content holds
	// a double quote mark: quoted speech is found more surely, so its
	// recall is worth more precision.
	keepQ, addQ float32
	// margin is how much better than the rules' boundaries another
	// option must score to be chosen.
	margin float32
	// gate is the score under which a word is not framed as a cue at
	// all: a cheap look at the word and its neighbours that spares the
	// framing and the classifier most words.
	gate float32
}

const (
	modelBits = 20
	modelMask = 1<<modelBits - 1
)

//go:embed model.bin
var embeddedModel []byte

// defaultModel is the embedded model, decoded once.
var defaultModel = func() *Model {
	m, err := ParseModel(embeddedModel)
	if err != nil {
		panic("quotes: embedded model: " + err.Error())
	}
	return m
}()

// DefaultModel returns the model Extract uses.
func DefaultModel() *Model { return defaultModel }

func newModel() *Model { return &Model{w: make([]float32, 1<<modelBits)} }

// merge adds o's weights to m's: components hash their features apart,
// so one table holds them all.
func (m *Model) merge(o *Model) {
	for i, w := range o.w {
		m.w[i] += w
	}
}

// feats collects the hashed features of one item.
type feats struct {
	ns  byte // the component: keeps the rankers' weights apart
	idx []uint32
}

// The hash reads eight bytes at a time and mixes them with a multiply,
// so that the many short strings of a feature set hash quickly.
const (
	hashSeed  = 0x243f6a8885a308d3
	hashPrime = 0x9e3779b97f4a7c15
)

func mixString(h uint64, s string) uint64 {
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ v) * hashPrime
		h ^= h >> 32
		s = s[8:]
	}
	v := uint64(len(s)) << 56
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ v) * hashPrime
	return h ^ h>>32
}

func (f *feats) start(name string) uint64 {
	return mixString(hashSeed^uint64(f.ns), name)
}

func (f *feats) push(h uint64) {
	h ^= h >> 29
	h *= hashPrime
	h ^= h >> 32
	f.idx = append(f.idx, uint32(h)&modelMask)
}

// add adds the feature name=v.
func (f *feats) add(name, v string) {
	f.push(mixString(f.start(name)+1, v))
}

// add2 adds the conjunction name=v1&v2.
func (f *feats) add2(name, v1, v2 string) {
	f.push(mixString(mixString(f.start(name)+1, v1)+2, v2))
}

// add3 adds the conjunction name=v1&v2&v3.
func (f *feats) add3(name, v1, v2, v3 string) {
	f.push(mixString(mixString(mixString(f.start(name)+1, v1)+2, v2)+3, v3))
}

// flag adds a feature that is on or off.
func (f *feats) flag(name string, on bool) {
	if on {
		f.push(f.start(name))
	}
}

func (f *feats) reset(ns byte) {
	f.ns = ns
	f.idx = f.idx[:0]
}

// score is the linear score of a feature set.
func (m *Model) score(idx []uint32) float64 {
	var z float64
	for _, i := range idx {
		z += float64(m.w[i])
	}
	return z
}

func sigmoid(z float64) float64 {
	if z < -30 {
		return 0
	}
	if z > 30 {
		return 1
	}
	return 1 / (1 + math.Exp(-z))
}

// The binary format: "NBQM", a version byte, the table's bits, the keep
// and add thresholds, those for quoted speech, the boundary margin, the gate and the weights'
// scale as float32, the number of
// non-zero weights, then each as the uvarint gap from the previous index
// and the weight over scale as an int16. Little-endian throughout.
const modelMagic = "NBQM"

// modelVersion 2 added the quoted thresholds.
const modelVersion = 2

// MarshalBinary encodes the model.
func (m *Model) MarshalBinary() ([]byte, error) {
	maxw := float32(0)
	n := 0
	for _, w := range m.w {
		if w != 0 {
			n++
			maxw = max(maxw, float32(math.Abs(float64(w))))
		}
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	b := []byte(modelMagic)
	b = append(b, modelVersion, modelBits)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.keep))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.add))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.keepQ))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.addQ))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.margin))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.gate))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
	// Weights that round to zero are left out.
	var body []byte
	count, prev := 0, 0
	for i, w := range m.w {
		q := int16(math.Round(float64(w / scale)))
		if q == 0 {
			continue
		}
		body = binary.AppendUvarint(body, uint64(i-prev))
		body = binary.LittleEndian.AppendUint16(body, uint16(q))
		prev = i
		count++
	}
	b = binary.AppendUvarint(b, uint64(count))
	return append(b, body...), nil
}

var errModel = errors.New("quotes: not a model")

// ParseModel decodes a model written by MarshalBinary.
func ParseModel(b []byte) (*Model, error) {
	if len(b) < len(modelMagic)+22 || string(b[:len(modelMagic)]) != modelMagic {
		return nil, errModel
	}
	b = b[len(modelMagic):]
	if b[0] < 1 || b[0] > modelVersion || b[1] != modelBits {
		return nil, fmt.Errorf("%w: version %d with %d bits, want %d with %d", errModel, b[0], b[1], modelVersion, modelBits)
	}
	version := b[0]
	b = b[2:]
	f := func() float32 {
		v := math.Float32frombits(binary.LittleEndian.Uint32(b))
		b = b[4:]
		return v
	}
	m := newModel()
	m.keep, m.add = f(), f()
	m.keepQ, m.addQ = m.keep, m.add // version 1 has one pair
	if version >= 2 {
		// The quoted pair, the margin, the gate and the scale (20 bytes)
		// and at least a byte of count.
		if len(b) < 21 {
			return nil, fmt.Errorf("%w: truncated", errModel)
		}
		m.keepQ, m.addQ = f(), f()
	}
	m.margin, m.gate = f(), f()
	scale := f()
	count, k := binary.Uvarint(b)
	if k <= 0 {
		return nil, fmt.Errorf("%w: bad count", errModel)
	}
	b = b[k:]
	i := 0
	for range count {
		gap, k := binary.Uvarint(b)
		if k <= 0 || len(b) < k+2 {
			return nil, fmt.Errorf("%w: truncated", errModel)
		}
		// Compared before adding: a huge gap would wrap i below 0.
		if gap > uint64(modelMask-i) {
			return nil, fmt.Errorf("%w: index out of range", errModel)
		}
		i += int(gap)
		m.w[i] = float32(int16(binary.LittleEndian.Uint16(b[k:]))) * scale
		b = b[k+2:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes left over", errModel, len(b))
	}
	return m, nil
}
