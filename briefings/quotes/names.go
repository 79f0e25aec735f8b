package quotes

// resolver maps speaker mentions to the full names the article gave.
type resolver struct {
	d *doc
}

func newResolver(d *doc) *resolver { return &resolver{d: d} }

func (r *resolver) resolve(src tspan, unsure bool) (string, bool) {
	return "", unsure
}
