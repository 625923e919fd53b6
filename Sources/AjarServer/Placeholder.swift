import AjarIRC
import AjarWebhooks
