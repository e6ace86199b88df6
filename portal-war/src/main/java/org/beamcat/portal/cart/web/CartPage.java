package org.beamcat.portal.cart.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.beamcat.portal.cart.Cart;
import org.beamcat.portal.cart.CartItem;
import org.beamcat.portal.cart.CartLimits;
import org.beamcat.portal.cart.CartTotals;
import org.beamcat.portal.cart.ItemKind;
import org.beamcat.portal.cart.Sizes;
import org.beamcat.portal.catalogue.Caller;
import org.beamcat.portal.catalogue.CatalogueException;
import org.beamcat.portal.downloads.Downloads;
import org.beamcat.portal.downloads.IdsFailure;
import org.beamcat.portal.store.StoreFailure;
import org.beamcat.portal.web.Responses;
import org.beamcat.portal.web.UserSession;

/**
 * Backs {@code /cart.xhtml}: the person's cart with its file count and total size, remove and clear (Faces forms,
 * so the view state is the CSRF token), "Download cart" and "Mint a DOI for this selection".
 */
@Named
@RequestScoped
public class CartPage {

    @Inject
    UserSession userSession;

    @Inject
    Cart cart;

    @Inject
    Downloads downloads;

    @Inject
    CartNotice notice;

    private CartTotals totals;
    private List<CartItem> postbackItems;
    private String message;
    private boolean problem;
    private String downloadName = "";

    /** View action: anonymous visitors have no cart; the notice of the last add is shown once. */
    public void load() {
        Optional<Caller> caller = Who.personal(userSession);
        if (caller.isEmpty()) {
            Responses.send(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<String> once = notice.take();
        if (once.isPresent()) {
            message = once.get();
            problem = notice.problem();
        }
        try {
            totals = cart.totals(caller.get().userName(), caller.get().sessionId());
        } catch (CatalogueException e) {
            FacesAnswers.failed(e);
        } catch (IdsFailure e) {
            FacesAnswers.failed(e);
        } catch (StoreFailure e) {
            FacesAnswers.unavailable(e);
        }
    }

    public String remove(String kind, long id) {
        Optional<Caller> caller = Who.personal(userSession);
        Optional<ItemKind> parsed = ItemKind.parse(kind);
        if (caller.isPresent() && parsed.isPresent()) {
            boolean removed = cart.remove(caller.get().userName(), parsed.get(), id);
            notice.set(removed ? "Removed from your cart." : "That was not in your cart.", !removed);
        }
        return "/cart.xhtml?faces-redirect=true";
    }

    public String clear() {
        Who.personal(userSession).ifPresent(c -> {
            cart.clear(c.userName());
            notice.set("Your cart is empty now.", false);
        });
        return "/cart.xhtml?faces-redirect=true";
    }

    /** Prepares the whole cart at the IDS as one zip, records it, and shows "My downloads". */
    public String downloadCart() {
        Optional<Caller> caller = Who.personal(userSession);
        if (caller.isEmpty()) {
            return null;
        }
        List<CartItem> items = cart.items(caller.get().userName());
        if (items.isEmpty()) {
            notice.set("Your cart is empty: there is nothing to download.", true);
            return "/cart.xhtml?faces-redirect=true";
        }
        String name = downloadName == null || downloadName.isBlank() ? "cart" : downloadName.strip();
        try {
            downloads.start(caller.get().userName(), caller.get().sessionId(), name, Cart.summaryOf(items),
                    Cart.selectionOf(items));
        } catch (IdsFailure e) {
            FacesAnswers.failed(e);
            return null;
        }
        return "/downloads.xhtml?faces-redirect=true";
    }

    /** The items; on a postback (remove) without the view action's totals, read from the store for decoding. */
    public List<CartItem> getItems() {
        if (totals != null) {
            return totals.items();
        }
        if (postbackItems == null) {
            postbackItems = Who.personal(userSession).map(c -> cart.items(c.userName())).orElse(List.of());
        }
        return postbackItems;
    }

    public long getFileCount() {
        return totals == null ? 0 : totals.fileCount();
    }

    public String getTotalSize() {
        return Sizes.human(totals == null ? 0 : totals.totalBytes());
    }

    public long getTotalBytes() {
        return totals == null ? 0 : totals.totalBytes();
    }

    public String getLimits() {
        CartLimits limits = cart.limits();
        return limits.maxFiles() + " files and " + Sizes.human(limits.maxBytes());
    }

    public List<MintLinks.MintLink> getMintLinks() {
        return MintLinks.of(getItems());
    }

    public String getMessage() {
        return message;
    }

    public boolean isProblem() {
        return problem;
    }

    public String getDownloadName() {
        return downloadName;
    }

    public void setDownloadName(String downloadName) {
        this.downloadName = downloadName == null ? "" : downloadName.length() > 200 ? downloadName.substring(0, 200)
                : downloadName;
    }
}
