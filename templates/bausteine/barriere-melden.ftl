<#ftl output_format="HTML">
<#-- How to report a barrier: the operator's e-mail address from data/site.yaml (betreiber.email). While it is not
     confirmed (preview only: the publish build requires it), the page says what to do meanwhile instead of ending
     in a missing contact. -->
<#assign b = data.get('site.yaml').betreiber>
<h2 id="so-melden-sie">So melden Sie eine Barriere</h2>
<#if b.email?has_content>
<p>Schreiben Sie eine E-Mail an <a href="mailto:${b.email}">${b.email}</a>.<#if b.telefon?has_content> Sie können auch
  anrufen: <a href="tel:${b.telefon?replace(' ', '')}">${b.telefon}</a>.</#if></p>
<#else>
<@c.hinweis titel="Die E-Mail-Adresse für Meldungen ist nicht bestätigt">
  <p>Der Betreiber hat noch keine Kontaktdaten freigegeben. Bis sie hier stehen, können Sie Folgendes tun:</p>
  <ul>
    <li>Brauchen Sie eine Information von Ihrem Jobcenter in einer Form, die für Sie zugänglich ist? Dann wenden
      Sie sich direkt an Ihr Jobcenter. Welches das ist, steht unter <a href="/jobcenter-finden/">Jobcenter finden</a>.</li>
    <li>Wie Meldungen und das Durchsetzungsverfahren in Hessen ablaufen, erklärt das Landeskompetenzzentrum
      Barrierefreie IT (LBIT) auf seiner Seite zum
      <a href="https://lbit.hessen.de/buergerinnen-und-buerger/feedback-mechanismus" rel="external">Feedback-Mechanismus</a>.</li>
  </ul>
</@c.hinweis>
</#if>
