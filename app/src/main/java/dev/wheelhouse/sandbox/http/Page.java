package dev.wheelhouse.sandbox.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of a list, chosen by {@code per_page} (default 30, at most 100) and {@code page}
 * (from 1), and the {@code Link} header GitHub sends with it: {@code prev}, {@code next},
 * {@code last}, {@code first} as applicable, absent when everything fits on one page.
 */
public record Page<T>(List<T> items, int totalCount, int page, int perPage) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> all, ApiRequest request) {
        int perPage = clamp(intQuery(request, "per_page", 30), 1, 100);
        int page = Math.max(1, intQuery(request, "page", 1));
        int from = (int) Math.min((long) (page - 1) * perPage, all.size());
        int to = Math.min(from + perPage, all.size());
        return new Page<>(all.subList(from, to), all.size(), page, perPage);
    }

    public int lastPage() {
        return Math.max(1, (totalCount + perPage - 1) / perPage);
    }

    /**
     * The {@code Link} header, or empty when there is only one page. {@code linkPath} is the
     * path the links use; GitHub writes them as {@code /repositories/{id}/…}, not
     * {@code /repos/{owner}/{repo}/…}, so the sandbox does the same and accepts both.
     */
    public String linkHeader(ApiRequest request, String linkPath) {
        int last = lastPage();
        if (last <= 1) {
            return "";
        }
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add(link(request, linkPath, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(request, linkPath, page + 1, "next"));
            links.add(link(request, linkPath, last, "last"));
        }
        if (page > 1) {
            links.add(link(request, linkPath, 1, "first"));
        }
        return String.join(", ", links);
    }

    private String link(ApiRequest request, String linkPath, int target, String rel) {
        Map<String, String> query = new TreeMap<>();
        request.query().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        query.put("per_page", Integer.toString(perPage));
        query.put("page", Integer.toString(target));
        StringBuilder url = new StringBuilder(request.apiBase()).append(linkPath).append('?');
        query.forEach((k, v) -> url.append(encode(k)).append('=').append(encode(v)).append('&'));
        url.setLength(url.length() - 1);
        return "<" + url + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int intQuery(ApiRequest request, String name, int fallback) {
        try {
            return request.query(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
