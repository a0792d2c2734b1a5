package cn.gov.yingkou.sgpt.web.i18n;

import java.util.Locale;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Every new view starts in the portal's chosen language, not the browser's: otherwise what is said before the page
 * sets its own locale — a bad page parameter, say — comes out in whatever language the browser asks for.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleSelector.class).get().getLocale();
    }
}
