/** The words of the unsubscribe page in one language. */
export interface UnsubscribePageWords {
  /** The confirmation page's heading (`GET`), and its button. */
  confirmTitle: string;
  confirmButton: string;
  /** After the one-click `POST`. */
  doneTitle: string;
  doneBody: string;
  /** A link that does not verify. */
  invalidTitle: string;
  invalidBody: string;
}

// One entry per locale the widget ships (`SUPPORTED_LOCALES`); a test keeps the two lists equal. Plain text only:
// the page escapes nothing because nothing here, nor anything from the request, contains markup.
export const unsubscribePageCatalogs: Readonly<Record<string, UnsubscribePageWords>> = {
  en: {
    confirmTitle: 'Stop these alerts?',
    confirmButton: 'Unsubscribe',
    doneTitle: 'You are unsubscribed',
    doneBody: 'You will get no more alerts about this order.',
    invalidTitle: 'This link does not work',
    invalidBody: 'Use the link from your latest message.',
  },
  es: {
    confirmTitle: '¿Dejar de recibir estos avisos?',
    confirmButton: 'Cancelar la suscripción',
    doneTitle: 'Has cancelado la suscripción',
    doneBody: 'No recibirás más avisos sobre este pedido.',
    invalidTitle: 'Este enlace no funciona',
    invalidBody: 'Usa el enlace de tu mensaje más reciente.',
  },
  fr: {
    confirmTitle: 'Ne plus recevoir ces alertes ?',
    confirmButton: 'Se désabonner',
    doneTitle: 'Vous êtes désabonné',
    doneBody: 'Vous ne recevrez plus d’alertes sur cette commande.',
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalidBody: 'Utilisez le lien de votre dernier message.',
  },
  de: {
    confirmTitle: 'Diese Benachrichtigungen abbestellen?',
    confirmButton: 'Abbestellen',
    doneTitle: 'Sie haben die Benachrichtigungen abbestellt',
    doneBody: 'Sie erhalten keine weiteren Benachrichtigungen zu dieser Bestellung.',
    invalidTitle: 'Dieser Link funktioniert nicht',
    invalidBody: 'Verwenden Sie den Link aus Ihrer neuesten Nachricht.',
  },
  it: {
    confirmTitle: 'Interrompere questi avvisi?',
    confirmButton: 'Annulla l’iscrizione',
    doneTitle: 'Iscrizione annullata',
    doneBody: 'Non riceverai più avvisi su questo ordine.',
    invalidTitle: 'Questo link non funziona',
    invalidBody: 'Usa il link del tuo messaggio più recente.',
  },
  'pt-BR': {
    confirmTitle: 'Parar de receber estes alertas?',
    confirmButton: 'Cancelar inscrição',
    doneTitle: 'Sua inscrição foi cancelada',
    doneBody: 'Você não receberá mais alertas sobre este pedido.',
    invalidTitle: 'Este link não funciona',
    invalidBody: 'Use o link da sua mensagem mais recente.',
  },
  nl: {
    confirmTitle: 'Stoppen met deze meldingen?',
    confirmButton: 'Afmelden',
    doneTitle: 'Je bent afgemeld',
    doneBody: 'Je krijgt geen meldingen meer over deze bestelling.',
    invalidTitle: 'Deze link werkt niet',
    invalidBody: 'Gebruik de link uit je laatste bericht.',
  },
  pl: {
    confirmTitle: 'Wyłączyć te powiadomienia?',
    confirmButton: 'Wypisz się',
    doneTitle: 'Wypisano cię',
    doneBody: 'Nie otrzymasz już powiadomień o tym zamówieniu.',
    invalidTitle: 'Ten link nie działa',
    invalidBody: 'Użyj linku z najnowszej wiadomości.',
  },
  sv: {
    confirmTitle: 'Sluta få dessa aviseringar?',
    confirmButton: 'Avsluta prenumerationen',
    doneTitle: 'Du har avslutat prenumerationen',
    doneBody: 'Du får inga fler aviseringar om den här beställningen.',
    invalidTitle: 'Den här länken fungerar inte',
    invalidBody: 'Använd länken i ditt senaste meddelande.',
  },
  ja: {
    confirmTitle: 'この通知を停止しますか？',
    confirmButton: '配信を停止',
    doneTitle: '配信を停止しました',
    doneBody: 'このご注文に関する通知は今後届きません。',
    invalidTitle: 'このリンクは使用できません',
    invalidBody: '最新のメッセージにあるリンクをご利用ください。',
  },
  'zh-CN': {
    confirmTitle: '停止接收这些提醒？',
    confirmButton: '退订',
    doneTitle: '您已退订',
    doneBody: '您将不再收到有关此订单的提醒。',
    invalidTitle: '此链接无效',
    invalidBody: '请使用您最新消息中的链接。',
  },
  ar: {
    confirmTitle: 'هل تريد إيقاف هذه التنبيهات؟',
    confirmButton: 'إلغاء الاشتراك',
    doneTitle: 'تم إلغاء اشتراكك',
    doneBody: 'لن تصلك تنبيهات أخرى بشأن هذا الطلب.',
    invalidTitle: 'هذا الرابط لا يعمل',
    invalidBody: 'استخدم الرابط الموجود في أحدث رسالة وصلتك.',
  },
  he: {
    confirmTitle: 'להפסיק את ההתראות האלה?',
    confirmButton: 'ביטול הרישום',
    doneTitle: 'הרישום בוטל',
    doneBody: 'לא יישלחו אליך עוד התראות על ההזמנה הזו.',
    invalidTitle: 'הקישור הזה לא עובד',
    invalidBody: 'השתמשו בקישור מההודעה האחרונה שקיבלתם.',
  },
  da: {
    confirmTitle: 'Stop disse notifikationer?',
    confirmButton: 'Afmeld',
    doneTitle: 'Du er afmeldt',
    doneBody: 'Du får ikke flere notifikationer om denne ordre.',
    invalidTitle: 'Dette link virker ikke',
    invalidBody: 'Brug linket fra din seneste besked.',
  },
  nb: {
    confirmTitle: 'Slutte å få disse varslene?',
    confirmButton: 'Meld av',
    doneTitle: 'Du er meldt av',
    doneBody: 'Du får ikke flere varsler om denne bestillingen.',
    invalidTitle: 'Denne lenken virker ikke',
    invalidBody: 'Bruk lenken fra den nyeste meldingen din.',
  },
  fi: {
    confirmTitle: 'Lopetetaanko nämä ilmoitukset?',
    confirmButton: 'Peru tilaus',
    doneTitle: 'Tilaus on peruttu',
    doneBody: 'Et saa enää ilmoituksia tästä tilauksesta.',
    invalidTitle: 'Tämä linkki ei toimi',
    invalidBody: 'Käytä uusimman viestisi linkkiä.',
  },
  ko: {
    confirmTitle: '이 알림을 중지할까요?',
    confirmButton: '수신 거부',
    doneTitle: '수신 거부되었습니다',
    doneBody: '이 주문에 대한 알림을 더 이상 받지 않습니다.',
    invalidTitle: '이 링크는 작동하지 않습니다',
    invalidBody: '가장 최근 메시지의 링크를 사용하세요.',
  },
  tr: {
    confirmTitle: 'Bu bildirimler durdurulsun mu?',
    confirmButton: 'Abonelikten çık',
    doneTitle: 'Abonelikten çıktınız',
    doneBody: 'Bu siparişle ilgili artık bildirim almayacaksınız.',
    invalidTitle: 'Bu bağlantı çalışmıyor',
    invalidBody: 'En son mesajınızdaki bağlantıyı kullanın.',
  },
};
