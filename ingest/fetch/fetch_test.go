package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// local is a client for httptest servers, which listen on loopback.
func local() *Client { return &Client{AllowPrivate: true} }

func TestGetSendsHeadersAndReadsValidators(t *testing.T) {
	var gotUA, gotAccept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAccept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"abc"`)
		w.Header().Set("Last-Modified", "Fri, 01 May 2026 10:00:00 GMT")
		w.Header().Set("Cache-Control", "public, max-age=1800")
		w.Header().Set("Age", "600")
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()
	resp, err := local().Get(context.Background(), Request{URL: srv.URL + "/feed#frag", Accept: "application/rss+xml"})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != "<rss/>" || resp.Status != 200 || resp.NotModified {
		t.Errorf("response = %+v", resp)
	}
	if resp.ETag != `"abc"` || resp.LastModified != "Fri, 01 May 2026 10:00:00 GMT" || resp.FreshFor != 20*time.Minute {
		t.Errorf("validators/freshness = %q %q %v; want the headers, fresh for 30m-10m", resp.ETag, resp.LastModified, resp.FreshFor)
	}
	if !strings.HasPrefix(gotUA, "newsbot/") || !strings.Contains(gotUA, "+https://") {
		t.Errorf("User-Agent = %q; want a descriptive one with a contact URL", gotUA)
	}
	if gotAccept != "application/rss+xml" {
		t.Errorf("Accept = %q", gotAccept)
	}
	if MediaType(resp.ContentType) != "application/rss+xml" {
		t.Errorf("MediaType(%q) = %q", resp.ContentType, MediaType(resp.ContentType))
	}
}

func TestConditionalRequest(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == "Fri, 01 May 2026 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, "full")
	}))
	defer srv.Close()
	c := local()
	resp, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil || string(resp.Body) != "full" {
		t.Fatalf("first Get = %+v, %v", resp, err)
	}
	resp, err = c.Get(context.Background(), Request{URL: srv.URL, ETag: `"v1"`, LastModified: "Fri, 01 May 2026 10:00:00 GMT"})
	if err != nil || !resp.NotModified || len(resp.Body) != 0 || resp.Status != 304 {
		t.Fatalf("conditional Get = %+v, %v; want 304 not modified", resp, err)
	}
	if resp.ETag != `"v1"` || resp.LastModified == "" {
		t.Errorf("a 304 without validators keeps the ones sent: %q %q", resp.ETag, resp.LastModified)
	}
}

func TestStatusErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/404":
			http.NotFound(w, r)
		case "/403":
			w.WriteHeader(http.StatusForbidden)
		case "/500":
			http.Error(w, "database exploded at line 42", http.StatusInternalServerError)
		case "/429":
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/503":
			w.Header().Set("Date", "Fri, 01 May 2026 10:00:00 GMT")
			w.Header().Set("Retry-After", "Fri, 01 May 2026 10:05:00 GMT")
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	tests := []struct {
		path  string
		code  string
		retry time.Duration
		says  string
	}{
		{"/404", newsbot.ENOTFOUND, 0, "does not exist (HTTP 404 Not Found)"},
		{"/403", newsbot.EFORBIDDEN, 0, "refused"},
		{"/500", newsbot.EUNAVAILABLE, 0, "having trouble (HTTP 500 Internal Server Error)"},
		{"/429", newsbot.EUNAVAILABLE, 2 * time.Minute, "slow down"},
		{"/503", newsbot.EUNAVAILABLE, 5 * time.Minute, "HTTP 503"},
	}
	for _, tt := range tests {
		_, err := local().Get(context.Background(), Request{URL: srv.URL + tt.path})
		var se *StatusError
		if newsbot.ErrorCode(err) != tt.code || !errors.As(err, &se) || se.RetryAfter != tt.retry {
			t.Errorf("Get %s = %v; want code %s, retry after %v", tt.path, err, tt.code, tt.retry)
			continue
		}
		msg := newsbot.ErrorMessage(err)
		if !strings.Contains(msg, tt.says) || strings.Contains(msg, "exploded") || strings.Contains(msg, "127.0.0.1") {
			t.Errorf("Get %s message = %q; want it to say %q and nothing of the server's body", tt.path, msg, tt.says)
		}
	}
}

func TestSlowServerTimesOut(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<p>start")
		w.(http.Flusher).Flush()
		select { // a body that trickles forever
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer srv.Close()
	c := &Client{AllowPrivate: true, Timeout: 200 * time.Millisecond}
	start := time.Now()
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	if newsbot.ErrorCode(err) != newsbot.EUNAVAILABLE || !strings.Contains(newsbot.ErrorMessage(err), "too long") {
		t.Errorf("Get of a slow server = %v; want EUNAVAILABLE, took too long", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the timeout took %v", d)
	}
}

func TestBodyCaps(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 2048)
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 8; i++ { // 8 MiB of zeros in some 8 KiB, against a 1 KiB cap
		zw.Write(zeros)
	}
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/length":
			w.Header().Set("Content-Length", fmt.Sprint(len(big)))
			w.Write(big)
		case "/chunked":
			w.Write(big[:1000])
			w.(http.Flusher).Flush()
			w.Write(big[1000:])
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		case "/fits":
			w.Write(big[:1024])
		}
	}))
	defer srv.Close()
	for _, path := range []string{"/length", "/chunked", "/bomb"} {
		_, err := local().Get(context.Background(), Request{URL: srv.URL + path, MaxBytes: 1024})
		if !errors.Is(err, ErrTooLarge) || newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(newsbot.ErrorMessage(err), "MiB") {
			t.Errorf("Get %s over the cap = %v; want ErrTooLarge", path, err)
		}
	}
	if resp, err := local().Get(context.Background(), Request{URL: srv.URL + "/fits", MaxBytes: 1024}); err != nil || len(resp.Body) != 1024 {
		t.Errorf("Get of a body exactly at the cap = %v", err)
	}
}

func TestRedirects(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case r.URL.Path == "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusMovedPermanently)
		case strings.HasPrefix(r.URL.Path, "/hops/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/hops/%d", &n)
			if n > 0 {
				http.Redirect(w, r, fmt.Sprintf("/hops/%d", n-1), http.StatusFound)
				return
			}
			fmt.Fprint(w, "arrived")
		case r.URL.Path == "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}
	}))
	defer srv.Close()
	_, err := local().Get(context.Background(), Request{URL: srv.URL + "/loop-a"})
	if newsbot.ErrorCode(err) != newsbot.EUNAVAILABLE || !strings.Contains(newsbot.ErrorMessage(err), "redirects more than 5 times") {
		t.Errorf("redirect loop = %v", err)
	}
	if resp, err := local().Get(context.Background(), Request{URL: srv.URL + "/hops/5"}); err != nil || string(resp.Body) != "arrived" ||
		!strings.HasSuffix(resp.URL, "/hops/0") {
		t.Errorf("five redirects = %+v, %v; want to arrive, with the final URL", resp, err)
	}
	if _, err := local().Get(context.Background(), Request{URL: srv.URL + "/hops/6"}); err == nil {
		t.Errorf("six redirects were followed")
	}
	if _, err := local().Get(context.Background(), Request{URL: srv.URL + "/to-file"}); newsbot.ErrorCode(err) != newsbot.EINVALID {
		t.Errorf("redirect to file:// = %v; want EINVALID", err)
	}
}

// TestMovedPermanently: a response reached only through permanent
// redirects (301, 308) is Moved, so a feed's stored address can follow it;
// one temporary redirect (302, 303, 307) anywhere on the way is not.
func TestMovedPermanently(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// /r/301/308/feed redirects with 301 to /r/308/feed, then with 308 to /feed.
		if rest, ok := strings.CutPrefix(r.URL.Path, "/r/"); ok {
			code, next, _ := strings.Cut(rest, "/")
			n, _ := strconv.Atoi(code)
			http.Redirect(w, r, "/"+next, n)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()
	for _, tt := range []struct {
		path      string
		wantMoved bool
	}{
		{"/feed", false},
		{"/r/301/feed", true},
		{"/r/308/feed", true},
		{"/r/301/r/308/feed", true},
		{"/r/302/feed", false},
		{"/r/303/feed", false},
		{"/r/307/feed", false},
		{"/r/301/r/302/feed", false},
		{"/r/307/r/301/feed", false},
	} {
		resp, err := local().Get(context.Background(), Request{URL: srv.URL + tt.path})
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		if resp.Moved != tt.wantMoved || resp.URL != srv.URL+"/feed" {
			t.Errorf("%s: Moved %v, URL %s; want Moved %v, URL %s/feed", tt.path, resp.Moved, resp.URL, tt.wantMoved, srv.URL)
		}
	}
	// A conditional request that is redirected permanently and answered
	// 304 at the new address has moved too.
	resp, err := local().Get(context.Background(), Request{URL: srv.URL + "/r/301/feed", ETag: `"v1"`})
	if err != nil || !resp.NotModified || !resp.Moved {
		t.Errorf("301 then 304 = %+v, %v; want not modified and moved", resp, err)
	}
	// A permanent redirect to an address that fails is an error, not a move.
	if _, err := local().Get(context.Background(), Request{URL: srv.URL + "/r/301/r/404/missing"}); err == nil {
		t.Errorf("301 then 404 succeeded")
	}
}

// TestAddressCheckIsOnByDefault: a zero Client refuses loopback, and the
// server never sees the request.
func TestAddressCheckIsOnByDefault(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	for _, target := range []string{srv.URL, "http://localhost:" + u.Port() + "/", "http://[::ffff:127.0.0.1]:" + u.Port() + "/"} {
		var c Client
		_, err := c.Get(context.Background(), Request{URL: target})
		if !errors.Is(err, ErrBlockedAddress) || newsbot.ErrorCode(err) != newsbot.EFORBIDDEN {
			t.Errorf("Get %s with the default client = %v; want the address refused", target, err)
			continue
		}
		if msg := newsbot.ErrorMessage(err); !strings.Contains(msg, "private or local network") || !strings.Contains(msg, "NEWSBOT_ALLOW_PRIVATE_NETWORKS=1") {
			t.Errorf("message = %q; want it to say why and how to allow it", msg)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("the server was reached %d times", hits.Load())
	}
}

// TestRedirectToLoopbackRefused: the first server is let through (as a
// public site would be); its redirect to 127.0.0.1 is refused at the dial.
func TestRedirectToLoopbackRefused(t *testing.T) {
	var inner atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inner.Add(1)
		fmt.Fprint(w, "secret admin page")
	}))
	defer internal.Close()
	iu, _ := url.Parse(internal.URL)
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.1:"+iu.Port()+"/admin", http.StatusFound)
	}))
	defer public.Close()
	pu, _ := url.Parse(public.URL)
	publicAddr := netip.MustParseAddrPort(pu.Host)
	c := &Client{exempt: func(ap netip.AddrPort) bool { return ap == publicAddr }}
	_, err := c.Get(context.Background(), Request{URL: public.URL})
	if !errors.Is(err, ErrBlockedAddress) || newsbot.ErrorCode(err) != newsbot.EFORBIDDEN {
		t.Errorf("redirect to 127.0.0.1 = %v; want refused", err)
	}
	if inner.Load() != 0 {
		t.Errorf("the internal server was reached")
	}
	// With private networks allowed, the same redirect is followed.
	resp, err := (&Client{AllowPrivate: true}).Get(context.Background(), Request{URL: public.URL})
	if err != nil || string(resp.Body) != "secret admin page" {
		t.Errorf("with AllowPrivate: %v", err)
	}
}

func TestBlocked(t *testing.T) {
	for _, tt := range []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true}, {"10.1.2.3", true}, {"172.16.0.1", true},
		{"192.168.1.1", true}, {"169.254.169.254", true}, {"fe80::1", true}, {"fc00::1", true}, {"fd12::1", true},
		{"0.0.0.0", true}, {"::", true}, {"224.0.0.1", true}, {"ff02::1", true}, {"255.255.255.255", true},
		{"100.64.0.1", true}, {"::ffff:10.0.0.1", true}, {"64:ff9b::7f00:1", true}, {"::ffff:127.0.0.1", true},
		{"93.184.216.34", false}, {"8.8.8.8", false}, {"2606:4700::1111", false}, {"64:ff9b::808:808", false},
	} {
		if got := Blocked(netip.MustParseAddr(tt.ip)); got != tt.blocked {
			t.Errorf("Blocked(%s) = %v, want %v", tt.ip, got, tt.blocked)
		}
	}
}

func TestCheckURL(t *testing.T) {
	for _, raw := range []string{"ftp://example.org/feed", "file:///etc/passwd", "javascript:alert(1)", "example.org/feed",
		"gopher://example.org", "https://", "https://user:pw@example.org/", "::::"} {
		if _, err := CheckURL(raw); newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Errorf("CheckURL(%q) = %v; want EINVALID", raw, err)
		}
	}
	for _, raw := range []string{"https://example.org/feed", "HTTP://Example.org", "<https://example.org/a>"} {
		if _, err := CheckURL(raw); err != nil {
			t.Errorf("CheckURL(%q) = %v", raw, err)
		}
	}
}

func TestConcurrencyPerHost(t *testing.T) {
	var mu sync.Mutex
	cur, peak := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cur++
		peak = max(peak, cur)
		mu.Unlock()
		time.Sleep(30 * time.Millisecond)
		mu.Lock()
		cur--
		mu.Unlock()
	}))
	defer srv.Close()
	c := &Client{AllowPrivate: true, MaxPerHost: 2, MaxConns: 8}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), Request{URL: srv.URL}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if peak > 2 || peak == 0 {
		t.Errorf("peak concurrent requests to one host = %d; want at most 2", peak)
	}
	if len(c.hosts) != 0 {
		t.Errorf("host slots leak: %d left", len(c.hosts))
	}
}

func TestFreshness(t *testing.T) {
	c := &Client{Now: func() time.Time { return time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC) }}
	for _, tt := range []struct {
		h    http.Header
		want time.Duration
	}{
		{http.Header{}, 0},
		{http.Header{"Cache-Control": {"max-age=600"}}, 10 * time.Minute},
		{http.Header{"Cache-Control": {"private", "max-age=\"60\""}}, time.Minute},
		{http.Header{"Cache-Control": {"no-cache, max-age=600"}}, 0},
		{http.Header{"Cache-Control": {"max-age=31536000"}}, maxHint},
		{http.Header{"Expires": {"Fri, 01 May 2026 10:30:00 GMT"}}, 30 * time.Minute},
		{http.Header{"Expires": {"Fri, 01 May 2026 10:30:00 GMT"}, "Date": {"Fri, 01 May 2026 10:20:00 GMT"}}, 10 * time.Minute},
		{http.Header{"Expires": {"0"}}, 0},
		{http.Header{"Expires": {"Fri, 01 May 2026 09:00:00 GMT"}}, 0},
		{http.Header{"Cache-Control": {"max-age=600"}, "Expires": {"Fri, 01 May 2026 12:00:00 GMT"}}, 10 * time.Minute},
	} {
		if got := c.freshFor(tt.h); got != tt.want {
			t.Errorf("freshFor(%v) = %v, want %v", tt.h, got, tt.want)
		}
	}
	for _, tt := range []struct {
		h    http.Header
		want time.Duration
	}{
		{http.Header{"Retry-After": {"30"}}, 30 * time.Second},
		{http.Header{"Retry-After": {"Fri, 01 May 2026 10:02:00 GMT"}}, 2 * time.Minute},
		{http.Header{"Retry-After": {"soon"}}, 0},
		{http.Header{"Retry-After": {"-5"}}, 0},
	} {
		if got := c.retryAfter(tt.h); got != tt.want {
			t.Errorf("retryAfter(%v) = %v, want %v", tt.h, got, tt.want)
		}
	}
}

// TestSlowHostDoesNotBlockOthers: requests queued for a busy host hold no
// global slot, so another site is fetched while they wait, and the time a
// request spends queued does not count against its time limit.
func TestSlowHostDoesNotBlockOthers(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-release }))
	defer slow.Close()
	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }))
	defer fast.Close()
	c := &Client{AllowPrivate: true, MaxPerHost: 1, MaxConns: 2, Timeout: 5 * time.Second}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get(context.Background(), Request{URL: slow.URL})
		}()
	}
	time.Sleep(50 * time.Millisecond) // let the slow requests queue up
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	// Slots are per host name: reach the second server by another name.
	fastURL := strings.Replace(fast.URL, "127.0.0.1", "localhost", 1)
	if _, err := c.Get(ctx, Request{URL: fastURL}); err != nil {
		t.Errorf("fetch from an idle host while another is busy: %v", err)
	}
	close(release)
	wg.Wait()
}

func TestQueueTimeIsNotRequestTime(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(150 * time.Millisecond)
	}))
	defer srv.Close()
	c := &Client{AllowPrivate: true, MaxPerHost: 1, MaxConns: 4, Timeout: time.Second}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ { // the last waits about 1.05 s in the queue
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Get(context.Background(), Request{URL: srv.URL})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("a queued request failed: %v", err)
		}
	}
}

// TestUnknownHostIsNotFound: a host name that does not exist is almost
// always a typo (!feed add https://exmaple.org/rss): ENOTFOUND, which the
// chat front end logs as a user's mistake, not as an error; a lookup that
// failed for another reason may work later.
func TestUnknownHostIsNotFound(t *testing.T) {
	u, _ := url.Parse("https://exmaple.org/rss")
	c := &Client{}
	nx := fmt.Errorf("dial tcp: %w", &net.DNSError{Err: "no such host", Name: "exmaple.org", IsNotFound: true})
	if err := c.classify(u, nx); newsbot.ErrorCode(err) != newsbot.ENOTFOUND || !strings.Contains(newsbot.ErrorMessage(err), "could not find the site exmaple.org") {
		t.Errorf("no such host = %v (%s); want ENOTFOUND asking to check the address", err, newsbot.ErrorMessage(err))
	}
	temp := &net.DNSError{Err: "server misbehaving", Name: "example.org", IsTemporary: true}
	if err := c.classify(u, temp); newsbot.ErrorCode(err) != newsbot.EUNAVAILABLE {
		t.Errorf("a failed lookup = %v; want EUNAVAILABLE", err)
	}
}
