// Package fetch is the one HTTP client newsbot reads the web with. Feeds
// and pages are addresses that users type in chat, so every request is
// treated as hostile: only http and https; the address actually dialled
// (after DNS, on every redirect) must not be loopback, private, link-local,
// multicast or unspecified, so neither a redirect nor DNS rebinding reaches
// the operator's network; at most five redirects; connect and total
// timeouts; a cap on the bytes read after decompression; and bounded
// concurrency, in all and per host.
//
// Failures are classified newsbot errors whose messages a user may read.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// Defaults for a zero Client field.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxRedirects   = 5
	DefaultMaxConns       = 8
	DefaultMaxPerHost     = 2
	DefaultUserAgent      = "newsbot/dev (news archive for a Discord bot; +https://github.com/newsbot-dev/newsbot)"

	// MaxFeedBytes and MaxPageBytes are the usual caps for Request.MaxBytes.
	MaxFeedBytes = 5 << 20
	MaxPageBytes = 10 << 20
)

// Client fetches over HTTP safely. The zero value is ready to use, with
// the address check on. It is safe for concurrent use; do not copy it
// after first use.
type Client struct {
	// UserAgent identifies the bot to the sites it reads.
	UserAgent string
	// AllowPrivate lifts the address check, for feeds on one's own LAN
	// (NEWSBOT_ALLOW_PRIVATE_NETWORKS=1) and tests against httptest.
	AllowPrivate bool
	// ConnectTimeout bounds DNS and the TCP connect; Timeout bounds a
	// whole request, redirects and body included.
	ConnectTimeout, Timeout time.Duration
	MaxRedirects            int
	// MaxConns bounds requests in flight; MaxPerHost those to one host.
	MaxConns, MaxPerHost int
	// Now is the clock for Retry-After and Expires dates; default time.Now.
	Now func() time.Time

	// exempt, in tests, lets chosen addresses through the check.
	exempt func(netip.AddrPort) bool

	once   sync.Once
	http   *http.Client
	global chan struct{}
	mu     sync.Mutex
	hosts  map[string]*hostSlots
}

type hostSlots struct {
	slots chan struct{}
	users int
}

// Request is one GET.
type Request struct {
	URL      string
	Accept   string // the Accept header; "" sends */*
	MaxBytes int64  // the body cap after decompression; 0 means MaxPageBytes
	// Validators from an earlier response, for a conditional request.
	ETag, LastModified string
}

// Response is a successful (2xx) or not-modified (304) response, its body
// read whole.
type Response struct {
	URL string // after redirects
	// Moved is set when the request was redirected and every redirect
	// was permanent (301 Moved Permanently, 308 Permanent Redirect): URL
	// is then the resource's new address, to be used from now on. A
	// temporary redirect (302, 303, 307) anywhere on the way leaves it
	// unset.
	Moved       bool
	Status      int
	NotModified bool // 304: Body is empty
	ContentType string
	Body        []byte
	// Validators to send next time.
	ETag, LastModified string
	// FreshFor is how long the response may be reused (Cache-Control
	// max-age, else Expires), 0 when unsaid or no-cache.
	FreshFor time.Duration
}

// StatusError is an HTTP response other than 2xx or 304. It is wrapped in a
// *newsbot.Error; find it with errors.As.
type StatusError struct {
	Code int
	// RetryAfter is the server's Retry-After (429, 503), 0 when unsaid.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// ErrBlockedAddress is wrapped by errors for addresses on a private,
// loopback, link-local, multicast or unspecified network.
var ErrBlockedAddress = errors.New("address on a private or local network")

// ErrTooLarge is wrapped by errors for bodies over the cap.
var ErrTooLarge = errors.New("response too large")

// errTooManyRedirects and errBadRedirect come out of CheckRedirect.
var (
	errTooManyRedirects = errors.New("too many redirects")
	errBadRedirect      = errors.New("redirect to a non-web address")
)

func (c *Client) init() {
	c.once.Do(func() {
		if c.UserAgent == "" {
			c.UserAgent = DefaultUserAgent
		}
		if c.ConnectTimeout <= 0 {
			c.ConnectTimeout = DefaultConnectTimeout
		}
		if c.Timeout <= 0 {
			c.Timeout = DefaultTimeout
		}
		if c.MaxRedirects <= 0 {
			c.MaxRedirects = DefaultMaxRedirects
		}
		if c.MaxConns <= 0 {
			c.MaxConns = DefaultMaxConns
		}
		if c.MaxPerHost <= 0 {
			c.MaxPerHost = DefaultMaxPerHost
		}
		if c.Now == nil {
			c.Now = time.Now
		}
		dialer := &net.Dialer{Timeout: c.ConnectTimeout, KeepAlive: 30 * time.Second}
		if !c.AllowPrivate {
			dialer.Control = func(network, address string, _ syscall.RawConn) error {
				return checkDialed(address, c.exempt)
			}
		}
		transport := &http.Transport{
			// No proxy: the address check must see the real destination.
			Proxy:                 nil,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   c.ConnectTimeout,
			ResponseHeaderTimeout: c.Timeout,
			ExpectContinueTimeout: time.Second,
			MaxIdleConns:          32,
			MaxIdleConnsPerHost:   c.MaxPerHost,
			IdleConnTimeout:       90 * time.Second,
			// Transparent gzip stays on: the body is read through a cap
			// after decompression, so a bomb stops at MaxBytes.
		}
		c.http = &http.Client{
			Transport: transport,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > c.MaxRedirects {
					return errTooManyRedirects
				}
				if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
					return errBadRedirect
				}
				return nil
			},
		}
		c.global = make(chan struct{}, c.MaxConns)
		c.hosts = map[string]*hostSlots{}
	})
}

// checkDialed runs as the dialer's Control: it sees the IP address about
// to be connected, after DNS and for every redirect, so neither a redirect
// nor a DNS answer that changes between lookups gets past it.
func checkDialed(address string, exempt func(netip.AddrPort) bool) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
	}
	if Blocked(ap.Addr()) && (exempt == nil || !exempt(ap)) {
		return fmt.Errorf("%w: %s", ErrBlockedAddress, ap.Addr())
	}
	return nil
}

// blockedPrefixes are special-purpose ranges netip has no predicate for.
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("fec0::/10"),       // deprecated site-local
}

// Blocked reports whether ip is an address newsbot never fetches from
// unless private networks are allowed: loopback, private, link-local,
// multicast, unspecified and other special-purpose ranges, IPv4-mapped or
// NAT64-embedded forms included.
func Blocked(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(ip) {
		b := ip.As16()
		return Blocked(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// CheckURL parses a web address a user gave: http or https, with a host.
func CheckURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimSuffix(strings.TrimPrefix(raw, "<"), ">") // Discord's <url> to suppress embeds
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" && u.Scheme == "" {
		return nil, &newsbot.Error{Code: newsbot.EINVALID, Op: "fetch", Err: err,
			Message: "That is not a web address I can read; give the full address, starting with https://."}
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return nil, newsbot.Errorf(newsbot.EINVALID, "I only read http and https addresses.")
	}
	if u.Hostname() == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "That address has no host name; give the full address, starting with https://.")
	}
	if u.User != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "Addresses with a user name or password are not supported.")
	}
	return u, nil
}

// acquire takes a slot for host and then a global one. Waiting for a busy
// host first means a request queued behind one slow site holds no global
// slot, so other sites are not kept waiting for it.
func (c *Client) acquire(ctx context.Context, host string) (release func(), err error) {
	c.mu.Lock()
	h := c.hosts[host]
	if h == nil {
		h = &hostSlots{slots: make(chan struct{}, c.MaxPerHost)}
		c.hosts[host] = h
	}
	h.users++
	c.mu.Unlock()
	leave := func() {
		c.mu.Lock()
		if h.users--; h.users == 0 {
			delete(c.hosts, host)
		}
		c.mu.Unlock()
	}
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		leave()
		return nil, ctx.Err()
	}
	select {
	case c.global <- struct{}{}:
	case <-ctx.Done():
		<-h.slots
		leave()
		return nil, ctx.Err()
	}
	return func() { <-c.global; <-h.slots; leave() }, nil
}

// Get fetches req.URL. A 2xx or 304 is a Response; anything else is a
// classified error: EINVALID for an address that cannot be fetched or a
// body over the cap, EFORBIDDEN for a private address or HTTP 401/403,
// ENOTFOUND for 404/410 and a host name that does not exist,
// EUNAVAILABLE for other network failures, timeouts,
// 429 and 5xx (with a *StatusError carrying Retry-After).
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	c.init()
	u, err := CheckURL(req.URL)
	if err != nil {
		return nil, err
	}
	if req.MaxBytes <= 0 {
		req.MaxBytes = MaxPageBytes
	}
	// The time limit starts once the request may go: waiting in the
	// queue for a slot is not the site's slowness.
	release, err := c.acquire(ctx, strings.ToLower(u.Hostname()))
	if err != nil {
		return nil, c.classify(u, err)
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()

	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, c.classify(u, err)
	}
	hreq.Header.Set("User-Agent", c.UserAgent)
	if req.Accept != "" {
		hreq.Header.Set("Accept", req.Accept)
	}
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return nil, c.classify(u, err)
	}
	defer resp.Body.Close()

	out := &Response{URL: resp.Request.URL.String(), Moved: movedPermanently(resp), Status: resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"), ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), FreshFor: c.freshFor(resp.Header)}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
		return nil, c.statusError(u, resp)
	}
	if resp.ContentLength > req.MaxBytes {
		return nil, tooLarge(u, req.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, req.MaxBytes+1))
	if err != nil {
		return nil, c.classify(u, err)
	}
	if int64(len(body)) > req.MaxBytes {
		return nil, tooLarge(u, req.MaxBytes)
	}
	out.Body = body
	return out, nil
}

// movedPermanently reports whether resp was reached through redirects
// that were all permanent. Each request the client made after a redirect
// carries the response that redirected it, so the hops are walked back
// from the last request to the first.
func movedPermanently(resp *http.Response) bool {
	hops := 0
	for req := resp.Request; req != nil && req.Response != nil; req = req.Response.Request {
		switch req.Response.StatusCode {
		case http.StatusMovedPermanently, http.StatusPermanentRedirect:
			hops++
		default:
			return false
		}
	}
	return hops > 0
}

func tooLarge(u *url.URL, max int64) error {
	return &newsbot.Error{Code: newsbot.EINVALID, Op: "fetch " + u.Redacted(), Err: ErrTooLarge,
		Message: fmt.Sprintf("That address sent more than %d MiB, more than I read from one address.", max>>20)}
}

// classify turns a transport failure into a classified error.
func (c *Client) classify(u *url.URL, err error) error {
	op := "fetch " + u.Redacted()
	var dnsErr *net.DNSError
	switch {
	case errors.Is(err, ErrBlockedAddress):
		return &newsbot.Error{Code: newsbot.EFORBIDDEN, Op: op, Err: err,
			Message: "That address leads to a private or local network (such as 127.0.0.1 or 192.168.x.x), which I don't read from. " +
				"The bot's operator can allow it with NEWSBOT_ALLOW_PRIVATE_NETWORKS=1."}
	case errors.Is(err, errTooManyRedirects):
		return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: op, Err: err,
			Message: fmt.Sprintf("That address redirects more than %d times (perhaps in a loop).", c.MaxRedirects)}
	case errors.Is(err, errBadRedirect):
		return &newsbot.Error{Code: newsbot.EINVALID, Op: op, Err: err,
			Message: "That address redirects to something other than a web page."}
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: %w", op, err)
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: op, Err: err,
			Message: "That site took too long to answer."}
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		// No such host: almost always a typo in the address, the user's
		// to fix and no failure of ours or the site's, so it is ENOTFOUND
		// (logged as a user's mistake, not an error), like a 404.
		return &newsbot.Error{Code: newsbot.ENOTFOUND, Op: op, Err: err,
			Message: fmt.Sprintf("I could not find the site %s; check the address.", u.Hostname())}
	case errors.As(err, &dnsErr):
		return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: op, Err: err,
			Message: fmt.Sprintf("I could not look up the site %s just now; please try again later.", u.Hostname())}
	}
	return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: op, Err: err,
		Message: "I could not connect to that site."}
}

func isTimeout(err error) bool {
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

func (c *Client) statusError(u *url.URL, resp *http.Response) error {
	se := &StatusError{Code: resp.StatusCode}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		se.RetryAfter = c.retryAfter(resp.Header)
	}
	e := &newsbot.Error{Op: "fetch " + u.Redacted(), Err: se}
	status := fmt.Sprintf("HTTP %d", resp.StatusCode)
	if text := http.StatusText(resp.StatusCode); text != "" {
		status += " " + text
	}
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		e.Code, e.Message = newsbot.ENOTFOUND, "That address does not exist ("+status+"); check it."
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		e.Code, e.Message = newsbot.EFORBIDDEN, "That site refused to let me read it ("+status+")."
	case resp.StatusCode == http.StatusTooManyRequests:
		e.Code, e.Message = newsbot.EUNAVAILABLE, "That site asked me to slow down ("+status+"); I will try again later."
	case resp.StatusCode >= 500:
		e.Code, e.Message = newsbot.EUNAVAILABLE, "That site is having trouble ("+status+")."
	default:
		e.Code, e.Message = newsbot.EUNAVAILABLE, "That site answered "+status+"."
	}
	return e
}

// maxHint bounds what a server may ask: a feed that says "come back in a
// year" is checked again within a day.
const maxHint = 24 * time.Hour

// retryAfter reads Retry-After: seconds, or an HTTP date.
func (c *Client) retryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		return min(max(time.Duration(n)*time.Second, 0), maxHint)
	}
	if t, err := http.ParseTime(v); err == nil {
		return min(max(t.Sub(c.serverNow(h)), 0), maxHint)
	}
	return 0
}

// freshFor reads Cache-Control max-age (no-cache, no-store: 0), else
// Expires, less the response's Age.
func (c *Client) freshFor(h http.Header) time.Duration {
	var fresh time.Duration
	found := false
	for _, directive := range strings.Split(strings.Join(h.Values("Cache-Control"), ","), ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(directive), "=")
		switch strings.ToLower(k) {
		case "no-cache", "no-store":
			return 0
		case "max-age":
			if n, err := strconv.Atoi(strings.Trim(v, `"`)); err == nil {
				fresh, found = time.Duration(n)*time.Second, true
			}
		}
	}
	if !found {
		if v := h.Get("Expires"); v != "" {
			t, err := http.ParseTime(v)
			if err != nil {
				return 0 // "0" or garbage means already expired
			}
			fresh = t.Sub(c.serverNow(h))
		}
	}
	if age, err := strconv.Atoi(h.Get("Age")); err == nil {
		fresh -= time.Duration(age) * time.Second
	}
	return min(max(fresh, 0), maxHint)
}

// serverNow is the response's Date, so that a server's clock skew does not
// matter for its Expires and Retry-After dates; else our clock.
func (c *Client) serverNow(h http.Header) time.Time {
	if t, err := http.ParseTime(h.Get("Date")); err == nil {
		return t
	}
	return c.Now()
}

// MediaType is the lower-case media type of a Content-Type header, "" if none.
func MediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}
